// Shares end to end over HTTP, against the stand-in networks: each network's
// post exactly as the share's text; each class of network error leading to
// the right status; a post whose answer was lost becoming `unknown` and never
// sent again; idempotency; the charter's holds, blocks and disclaimers; the
// review of a held share; cancel; intent shares and their confirmation.
#include <thread>

#include "integration/sharing_fixture.h"
#include "networks/little_text.h"

namespace pv::testing {
namespace {

using namespace std::chrono_literals;

class SharingTest : public SharingFixture {};

nlohmann::json by_network(const nlohmann::json& shares, const std::string& network) {
  for (const auto& s : shares)
    if (s["network"] == network) return s;
  return nullptr;
}

TEST_F(SharingTest, PublishesOnEachNetworkExactlyTheSharesText) {
  for (const char* network : {"linkedin", "x", "facebook"})
    connect("advisor", network);
  auto item = approved_item("Rate outlook");
  auto shares =
      share("advisor", {{"content_id", item}, {"networks", {"linkedin", "x", "facebook"}}});
  ASSERT_EQ(shares.size(), 3u);
  std::map<std::string, nlohmann::json> published;
  for (const auto& s : shares) {
    EXPECT_EQ(s["status"], "scheduled") << s;
    EXPECT_EQ(s["origin"], "library");
    EXPECT_EQ(s["text_verified"], true);
    // The caption, the tracked link, the disclaimers the verdict chose.
    const std::string link = s["link"];
    EXPECT_EQ(link.rfind("http://" + server_->address() + "/l/", 0), 0u) << link;
    EXPECT_NE(s["text"].get<std::string>().find("\n\n" + link + "\n\n"), std::string::npos);
    published[s["network"]] = wait_for(s["id"], "published");
  }
  auto posts = standin_->posts();
  ASSERT_EQ(posts.size(), 3u) << posts;
  for (const auto& post : posts) {
    const std::string network = post["network"];
    const auto& share = published[network];
    const std::string text = share["text"];
    if (network == "linkedin") {
      EXPECT_EQ(post["body"]["commentary"], networks::escape_little_text(text));
      EXPECT_EQ(post["body"]["author"], "urn:li:person:782bbtaQ");
    } else if (network == "x") {
      EXPECT_EQ(post["body"], nlohmann::json({{"text", text}}));
    } else {
      EXPECT_EQ(post["body"]["message"], text);
      EXPECT_EQ(post["body"]["link"], share["link"]);
    }
    EXPECT_EQ(share["post_id"], post["id"]) << network;
    auto attempts = share["history"]["attempts"];
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0]["outcome"], "published");
  }
  // The registered Ontario advisor's LinkedIn share carries the opinion, the
  // registration and the reviewed-content disclaimers, in English.
  const std::string linkedin = published["linkedin"]["text"];
  EXPECT_NE(linkedin.find("Opinions are my own"), std::string::npos) << linkedin;
  EXPECT_NE(linkedin.find("Canadian Investor Protection Fund."), std::string::npos);
  EXPECT_NE(linkedin.find("Content reviewed by Héritage Wealth Partners."), std::string::npos);

  // Shared items say so in the advisor's library.
  auto library = call("advisor", "GET", "/api/v1/content/" + item);
  EXPECT_EQ(library.json()["shared"], true) << library.body;
  // And /metrics counts the outcomes.
  auto metrics = client()->get("/metrics");
  EXPECT_NE(metrics.body.find(
                "portevoix_publish_outcomes_total{network=\"linkedin\",outcome=\"published\"} 1"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("portevoix_publish_queue{state=\"waiting\"} 0"), std::string::npos);
}

TEST_F(SharingTest, EachErrorClassLeadsToItsStatus) {
  connect("advisor", "linkedin");
  connect("advisor", "x");
  struct Case {
    const char* network;
    const char* path;
    const char* fault;
    int count;
    const char* status;
    std::size_t attempts;
  } cases[] = {
      {"linkedin", "/rest/posts", "rejected", 1, "failed", 1},
      {"linkedin", "/rest/posts", "transient", 2, "published", 3},
      {"x", "/2/tweets", "rate_limited", 1, "published", 2},
      {"x", "/2/tweets", "needs_reconnect", 3, "failed", 1},
  };
  for (const auto& c : cases) {
    nlohmann::json extra = {{"retry_after_seconds", 1}, {"path", c.path}, {"count", c.count}};
    standin_->fault(c.network, c.fault, extra);
    auto item = approved_item(std::string("Case ") + c.fault);
    auto shares = share("advisor", {{"content_id", item}, {"networks", {c.network}}});
    auto s = wait_for(shares[0]["id"], c.status);
    EXPECT_EQ(s["history"]["attempts"].size(), c.attempts) << c.fault << " " << s;
    if (std::string(c.status) == "failed") {
      EXPECT_FALSE(s["failure_reason"].get<std::string>().empty()) << s;
    }
  }
}

TEST_F(SharingTest, AnAnswerLostAfterTheRequestIsUnknownAndNeverPostedAgain) {
  connect("advisor", "linkedin");
  standin_->fault("linkedin", "drop_after_processing", {{"path", "/rest/posts"}});
  auto item = approved_item("Lost answer");
  auto shares = share("advisor", {{"content_id", item}, {"networks", {"linkedin"}}});
  auto s = wait_for(shares[0]["id"], "unknown");
  EXPECT_EQ(s["history"]["attempts"][0]["outcome"], "unknown_outcome");
  std::this_thread::sleep_for(1500ms);  // many publisher rounds, and a retry's backoff
  EXPECT_EQ(standin_->posts("linkedin").size(), 1u);  // the network has it, once
  EXPECT_EQ(get_share(shares[0]["id"])["status"], "unknown");
  // The advisor checks the account and says it went out.
  auto confirmed =
      call("advisor", "POST", "/api/v1/shares/" + shares[0]["id"].get<std::string>() + "/confirm",
           {{"published", true}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json()["status"], "published");
}

TEST_F(SharingTest, AnIdempotencyKeyCreatesOnce) {
  connect("advisor", "linkedin");
  auto item = approved_item("Once");
  nlohmann::json body = {{"content_id", item}, {"networks", {"linkedin"}}};
  HeaderList key = {{"Idempotency-Key", "share-once-1"}};
  auto first = call("advisor", "POST", "/api/v1/shares", body, key);
  auto again = call("advisor", "POST", "/api/v1/shares", body, key);
  ASSERT_EQ(first.status, 201) << first.body;
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(first.json()["shares"][0]["id"], again.json()["shares"][0]["id"]);
  body["networks"] = {"x"};
  auto other = call("advisor", "POST", "/api/v1/shares", body, key);
  EXPECT_EQ(other.status, 422);
  EXPECT_EQ(other.json()["error"]["code"], "idempotency_mismatch");
  auto mine = call("advisor", "GET", "/api/v1/shares?mine=1");
  EXPECT_EQ(mine.json()["items"].size(), 1u) << mine.body;
}

TEST_F(SharingTest, TheCharterHoldsBlocksAndRefuses) {
  connect("advisor", "linkedin");
  connect("advisor", "x");
  auto item = approved_item("Market letter");
  // Not acknowledged yet: a new advisor cannot share.
  add_user("new@sharing.example", {"advisor"});
  tokens_["new"] = bearer_token("new@sharing.example");
  auto unacknowledged =
      call("new", "POST", "/api/v1/shares", {{"content_id", item}, {"networks", {"linkedin"}}});
  EXPECT_EQ(unacknowledged.status, 428);
  EXPECT_EQ(unacknowledged.json()["error"]["code"], "charter_not_acknowledged");

  // A promise is blocked: recorded, 201, never published.
  auto blocked =
      share("advisor",
            {{"content_id", item},
             {"networks", {"linkedin"}},
             {"caption", "Our new balanced portfolio offers a guaranteed return of 6% a year."}});
  EXPECT_EQ(blocked[0]["status"], "blocked");
  EXPECT_EQ(blocked[0]["verdict"]["verdict"], "block");
  EXPECT_EQ(blocked[0]["origin"], "edited");

  // Return figures are held for review.
  auto held = share("advisor", {{"content_id", item},
                                {"networks", {"linkedin"}},
                                {"caption", "Our balanced fund returned 8% last year."}});
  EXPECT_EQ(held[0]["status"], "pending_review") << held;
  EXPECT_EQ(held[0]["verdict"]["verdict"], "review");
  EXPECT_NE(held[0]["review_id"], nullptr);

  // Too long for X, even with the short disclaimers: how much to cut.
  auto too_long =
      call("advisor", "POST", "/api/v1/shares",
           {{"content_id", item}, {"networks", {"x"}}, {"caption", std::string(270, 'a')}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_EQ(too_long.json()["error"]["code"], "too_long");
  EXPECT_GT(too_long.json()["error"]["details"]["chars_to_cut"].get<int>(), 0);

  // A locked caption cannot be changed.
  auto locked = approved_item("Locked", {{"caption_policy", "locked"}});
  auto changed = call("advisor", "POST", "/api/v1/shares",
                      {{"content_id", locked}, {"networks", {"x"}}, {"caption", "My words"}});
  EXPECT_EQ(changed.status, 422);
  EXPECT_EQ(changed.json()["error"]["code"], "caption_locked");

  // Content for another group is not there; archived content is not live.
  auto group = call("admin", "POST", "/api/v1/groups", {{"name", "Elsewhere"}});
  auto elsewhere = approved_item("Elsewhere", {{"groups", {group.json()["id"]}}});
  EXPECT_EQ(
      call("advisor", "POST", "/api/v1/shares", {{"content_id", elsewhere}, {"networks", {"x"}}})
          .status,
      404);
  auto archived = approved_item("Archived");
  ASSERT_EQ(call("marketing", "POST", "/api/v1/content/" + archived + "/archive").status, 200);
  auto not_live =
      call("advisor", "POST", "/api/v1/shares", {{"content_id", archived}, {"networks", {"x"}}});
  EXPECT_EQ(not_live.status, 409) << not_live.body;
  EXPECT_EQ(not_live.json()["error"]["code"], "not_live");
  EXPECT_TRUE(standin_->posts().empty());
}

TEST_F(SharingTest, AHeldShareApprovedByComplianceIsPublished) {
  connect("advisor", "linkedin");
  auto item = approved_item("Held");
  auto held = share("advisor", {{"content_id", item},
                                {"networks", {"linkedin"}},
                                {"caption", "Our balanced fund returned 8% last year."}});
  ASSERT_EQ(held[0]["status"], "pending_review");
  auto queue = call("compliance", "GET", "/api/v1/reviews?kind=share");
  ASSERT_EQ(queue.status, 200) << queue.body;
  auto items = queue.json()["items"];
  ASSERT_EQ(items.size(), 1u) << queue.body;
  EXPECT_EQ(items[0]["subject_id"], held[0]["id"]);
  // Nobody decides their own share; compliance does.
  auto decided = call("compliance", "POST",
                      "/api/v1/reviews/" + items[0]["id"].get<std::string>() + "/decision",
                      {{"decision", "approve"}, {"note", "Figures checked."}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  auto s = wait_for(held[0]["id"], "published");
  EXPECT_EQ(s["history"]["review"]["status"], "approved");
  EXPECT_EQ(standin_->posts("linkedin").size(), 1u);

  // A rejected one goes back to its author with the reason.
  auto second = share("advisor", {{"content_id", item},
                                  {"networks", {"linkedin"}},
                                  {"caption", "Our growth fund returned 12% last year."}});
  auto review = call("compliance", "GET", "/api/v1/reviews?kind=share").json()["items"][0];
  auto rejected =
      call("compliance", "POST", "/api/v1/reviews/" + review["id"].get<std::string>() + "/decision",
           {{"decision", "reject"},
            {"note", "Give the period and the risks."},
            {"reason", "performance_claim"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  auto r = get_share(second[0]["id"]);
  EXPECT_EQ(r["status"], "rejected");
  EXPECT_NE(r["failure_reason"].get<std::string>().find("Give the period"), std::string::npos);
}

TEST_F(SharingTest, AFlaggedShareIsPublishedThenReviewed) {
  connect("advisor", "linkedin");
  const std::string library_caption =
      "Our quarterly notes on tax planning for families and small business owners are out now";
  auto item = approved_item("Tax", {{"captions", {{"linkedin", {library_caption}}}}});
  // A few words added to the approved caption: a flag, not a rewrite.
  auto flagged = share("advisor", {{"content_id", item},
                                   {"networks", {"linkedin"}},
                                   {"caption", library_caption + ", with tax-free growth"}});
  EXPECT_EQ(flagged[0]["origin"], "edited");
  EXPECT_EQ(flagged[0]["verdict"]["verdict"], "flag") << flagged;
  EXPECT_NE(flagged[0]["text"].get<std::string>().find("not tax advice"), std::string::npos);
  auto s = wait_for(flagged[0]["id"], "published");
  ASSERT_NE(s["sample_review_id"], nullptr) << s;
  auto samples = call("compliance", "GET", "/api/v1/reviews?kind=sample");
  EXPECT_EQ(samples.json()["items"].size(), 1u) << samples.body;

  // The library caption as approved keeps the item's approval: not reviewed again.
  auto unchanged = share("advisor", {{"content_id", item}, {"networks", {"linkedin"}}});
  EXPECT_EQ(unchanged[0]["origin"], "library");
  wait_for(unchanged[0]["id"], "published");
  samples = call("compliance", "GET", "/api/v1/reviews?kind=sample");
  EXPECT_EQ(samples.json()["items"].size(), 1u) << samples.body;
}

TEST_F(SharingTest, CancelBeforePublicationOnly) {
  connect("advisor", "linkedin");
  auto item = approved_item("Later");
  auto later = share(
      "advisor",
      {{"content_id", item}, {"networks", {"linkedin"}}, {"scheduled_at", "2099-01-01T12:00:00Z"}});
  ASSERT_EQ(later[0]["status"], "scheduled");
  const std::string id = later[0]["id"];
  EXPECT_EQ(call("quebec", "DELETE", "/api/v1/shares/" + id).status, 404);  // not theirs
  auto cancelled = call("advisor", "DELETE", "/api/v1/shares/" + id);
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["status"], "cancelled");
  EXPECT_EQ(call("advisor", "DELETE", "/api/v1/shares/" + id).status, 409);

  auto now = share("advisor", {{"content_id", item}, {"networks", {"linkedin"}}});
  wait_for(now[0]["id"], "published");
  auto late = call("advisor", "DELETE", "/api/v1/shares/" + now[0]["id"].get<std::string>());
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.json()["error"]["code"], "not_cancellable");
}

TEST_F(SharingTest, WithoutAnAccountAShareIntentWaitsForTheAdvisor) {
  auto item = approved_item("Intent");
  auto shares = share("quebec", {{"content_id", item}, {"networks", {"linkedin", "x"}}});
  for (const auto& s : shares) {
    EXPECT_EQ(s["status"], "awaiting_confirmation");
    EXPECT_EQ(s["text_verified"], false);
  }
  auto linkedin = by_network(shares, "linkedin");
  const std::string intent = linkedin["intent_url"];
  EXPECT_EQ(intent.rfind("https://www.linkedin.com/sharing/share-offsite/?url=", 0), 0u);
  EXPECT_NE(intent.find("%2Fl%2F"), std::string::npos) << intent;  // the tracked link
  EXPECT_EQ(by_network(shares, "x")["intent_url"].get<std::string>().rfind(
                "https://twitter.com/intent/tweet?text=", 0),
            0u);
  // In French for a Québec advisor.
  EXPECT_NE(linkedin["text"].get<std::string>().find("Les opinions exprimées"), std::string::npos);

  const std::string id = linkedin["id"];
  auto yes = call("quebec", "POST", "/api/v1/shares/" + id + "/confirm", {{"published", true}});
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_EQ(yes.json()["status"], "published");
  EXPECT_EQ(yes.json()["text_verified"], false);
  EXPECT_EQ(
      call("quebec", "POST", "/api/v1/shares/" + id + "/confirm", {{"published", true}}).status,
      409);
  const std::string x = by_network(shares, "x")["id"];
  auto no = call("quebec", "POST", "/api/v1/shares/" + x + "/confirm", {{"published", false}});
  EXPECT_EQ(no.json()["status"], "cancelled");
  EXPECT_TRUE(standin_->posts().empty());
}

TEST_F(SharingTest, PreviewIsTheTextThatWouldBePublished) {
  connect("advisor", "x");
  auto item = approved_item("Preview");
  auto preview =
      call("advisor", "POST", "/api/v1/shares/preview", {{"content_id", item}, {"network", "x"}});
  ASSERT_EQ(preview.status, 200) << preview.body;
  auto p = preview.json();
  EXPECT_EQ(p["limit"], 280);
  EXPECT_EQ(p["fits"], true);
  EXPECT_LE(p["length"].get<int>(), 280);
  EXPECT_EQ(p["verdict"]["verdict"], "allow");
  EXPECT_TRUE(call("advisor", "GET", "/api/v1/shares?mine=1").json()["items"].empty());
  auto shares = share("advisor", {{"content_id", item}, {"networks", {"x"}}});
  // The same text but for the tracked link's code, drawn when the share is made.
  auto strip = [](std::string text) {
    auto at = text.find("/l/");
    return at == std::string::npos ? text : text.erase(at + 3, 12);
  };
  EXPECT_EQ(strip(shares[0]["text"]), strip(p["text"]));
}

}  // namespace
}  // namespace pv::testing

namespace pv::testing {
namespace {

class SharingCrashTest : public SharingFixture {
 protected:
  void SetUp() override { set_up({{"sharing", {{"publish_lease_seconds", 5}}}}); }
};

// The server dies while the network is still answering: after the restart the
// share is `unknown` (the network may have it), and it is never sent again.
TEST_F(SharingCrashTest, AShareLeftPublishingByACrashBecomesUnknown) {
  connect("advisor", "linkedin");
  standin_->fault("linkedin", "delay", {{"path", "/rest/posts"}, {"delay_ms", 1500}});
  auto item = approved_item("Crash");
  auto shares = share("advisor", {{"content_id", item}, {"networks", {"linkedin"}}});
  const std::string id = shares[0]["id"];
  wait_for(id, "publishing");
  server_->kill_hard();
  std::this_thread::sleep_for(2s);  // the stand-in has the post by now
  ASSERT_EQ(standin_->posts("linkedin").size(), 1u);
  server_->start();
  auto s = wait_for(id, "unknown");  // once the dead server's lease has run out
  EXPECT_EQ(s["history"]["attempts"][0]["outcome"], "lease_expired");
  std::this_thread::sleep_for(1s);
  EXPECT_EQ(standin_->posts("linkedin").size(), 1u);
}

}  // namespace
}  // namespace pv::testing
