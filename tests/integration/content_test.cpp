// The content library over HTTP: every lifecycle transition and refusal, the
// advisors' library (targeting, windows, search, pagination, caption
// rotation), and the audit entries they leave.
#include <thread>

#include "integration/library_fixture.h"
#include "util/time.h"

namespace pv::testing {
namespace {

class ContentTest : public LibraryApiFixture {};

TEST_F(ContentTest, DraftToApprovedOverHttp) {
  auto body = item("RRSP season", "Contributions made by March 2 count for 2025.");
  body["tags"] = {"RRSP", "tax"};
  body["url"] = "https://www.heritage.example/rrsp";
  body["promotional"] = true;
  body["caption_policy"] = "locked";
  auto created = create(body);
  const std::string id = created["id"];
  EXPECT_EQ(created["status"], "draft");
  EXPECT_EQ(created["version"], 1);
  EXPECT_EQ(created["tags"], nlohmann::json({"rrsp", "tax"}));
  EXPECT_EQ(created["caption_policy"], "locked");
  EXPECT_EQ(created["captions"]["x"], nlohmann::json::array());

  auto patched = call("marketing", "PATCH", "/api/v1/content/" + id,
                      {{"title", "RRSP season is here"}, {"url", nullptr}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["title"], "RRSP season is here");
  EXPECT_EQ(patched.json()["url"], nullptr);

  auto submitted = call("marketing", "POST", "/api/v1/content/" + id + "/submit");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json()["status"], "pending");
  EXPECT_EQ(submitted.json()["verdict"]["verdict"], "allow");
  EXPECT_FALSE(submitted.json()["charter_version_id"].is_null());
  const std::string review_id = submitted.json()["review"]["id"];

  // Not live for advisors until approved.
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content/" + id).status, 404);
  auto queue = call("compliance", "GET", "/api/v1/reviews?status=open&kind=content&sort=oldest");
  ASSERT_EQ(queue.status, 200) << queue.body;
  ASSERT_EQ(queue.json()["items"].size(), 1u);
  EXPECT_EQ(queue.json()["items"][0]["id"], review_id);
  EXPECT_EQ(queue.json()["items"][0]["subject_id"], id);
  EXPECT_EQ(queue.json()["items"][0]["author"]["id"], user_ids_["marketing"]);
  EXPECT_FALSE(queue.json()["items"][0]["due_at"].is_null());

  auto approved = decide("compliance", review_id, {{"decision", "approve"}, {"note", "OK"}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()["status"], "approved");
  auto live = call("toronto", "GET", "/api/v1/content/" + id);
  ASSERT_EQ(live.status, 200) << live.body;
  EXPECT_EQ(live.json()["status"], "approved");
  EXPECT_EQ(live.json()["assigned_captions"]["linkedin"]["variant"], 0);
  EXPECT_FALSE(live.json().contains("verdict"));  // authoring details stay with the authors
  auto author_view = call("marketing", "GET", "/api/v1/content/" + id).json();
  EXPECT_EQ(author_view["approved_by"], user_ids_["compliance"]);
  EXPECT_EQ(author_view["live_version"], 1);

  auto audit = call("admin", "GET", "/api/v1/audit?entity=content&limit=200");
  std::vector<std::string> actions;
  const auto entries = audit.json();
  for (const auto& e : entries["items"]) {
    if (e["entity_id"] == id) actions.push_back(e["action"]);
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"content.create", "content.update", "content.submit",
                                               "content.approve"}));
}

TEST_F(ContentTest, WrongRolesAre403) {
  auto id = create(item("Title", "Body"))["id"].get<std::string>();
  EXPECT_EQ(call("toronto", "POST", "/api/v1/content", item("Mine", "no")).status, 403);
  EXPECT_EQ(call("compliance", "PATCH", "/api/v1/content/" + id, {{"title", "x"}}).status, 403);
  EXPECT_EQ(call("toronto", "POST", "/api/v1/content/" + id + "/submit").status, 403);
  EXPECT_EQ(call("toronto", "POST", "/api/v1/content/" + id + "/archive").status, 403);
  EXPECT_EQ(call("marketing", "GET", "/api/v1/reviews").status, 403);
  EXPECT_EQ(call("toronto", "GET", "/api/v1/reviews").status, 403);
}

TEST_F(ContentTest, EditingAnApprovedItemIs409AndReviseKeepsItLive) {
  const std::string id = approved(item("Version one", "The first text."));
  auto edit = call("marketing", "PATCH", "/api/v1/content/" + id, {{"body", "Changed"}});
  ASSERT_EQ(edit.status, 409) << edit.body;
  EXPECT_EQ(edit.json()["error"]["code"], "not_editable");

  auto revised = call("marketing", "POST", "/api/v1/content/" + id + "/revise");
  ASSERT_EQ(revised.status, 201) << revised.body;
  EXPECT_EQ(revised.json()["version"], 2);
  EXPECT_EQ(revised.json()["status"], "draft");
  ASSERT_EQ(
      call("marketing", "PATCH", "/api/v1/content/" + id, {{"body", "The second text."}}).status,
      200);
  auto review_id = submit(id);
  // Advisors still get version 1 while version 2 waits.
  auto during = call("toronto", "GET", "/api/v1/content/" + id).json();
  EXPECT_EQ(during["version"], 1);
  EXPECT_EQ(during["body"], "The first text.");
  ASSERT_EQ(decide("compliance", review_id, {{"decision", "approve"}}).status, 200);
  auto after = call("toronto", "GET", "/api/v1/content/" + id).json();
  EXPECT_EQ(after["version"], 2);
  EXPECT_EQ(after["body"], "The second text.");
  auto first = call("marketing", "GET", "/api/v1/content/" + id + "?version=1").json();
  EXPECT_EQ(first["status"], "superseded");
  EXPECT_EQ(first["body"], "The first text.");
}

TEST_F(ContentTest, ASubmitBlockedByTheCharterIs422WithTheFindings) {
  auto body = item("Fund", "Solid fund.");
  body["captions"]["x"] = {"Guaranteed gains for everyone"};
  const std::string id = create(body)["id"];
  auto r = call("marketing", "POST", "/api/v1/content/" + id + "/submit");
  ASSERT_EQ(r.status, 422) << r.body;
  const auto error = r.json()["error"];
  EXPECT_EQ(error["code"], "charter_blocked");
  EXPECT_EQ(error["details"]["verdict"], "block");
  ASSERT_EQ(error["details"]["findings"].size(), 1u);
  EXPECT_EQ(error["details"]["findings"][0]["rule"], "promise.guarantee");
  EXPECT_EQ(error["details"]["findings"][0]["part"], "captions.x[0]");
  EXPECT_EQ(error["details"]["findings"][0]["start"], 0);
  EXPECT_EQ(error["details"]["findings"][0]["end"], 10);
  EXPECT_EQ(call("marketing", "GET", "/api/v1/content/" + id).json()["status"], "draft");
  EXPECT_TRUE(call("compliance", "GET", "/api/v1/reviews").json()["items"].empty());
}

TEST_F(ContentTest, AdvisorsOutsideTheTargetGroupDoNotSeeTheItem) {
  auto body = item("Toronto webinar", "Thursday at noon.");
  body["groups"] = {toronto_};
  const std::string targeted = approved(body);
  const std::string everyone = approved(item("For all", "Everyone sees this."));
  EXPECT_EQ(ids("toronto", "/api/v1/content"), (std::vector<std::string>{everyone, targeted}));
  EXPECT_EQ(ids("montreal", "/api/v1/content"), std::vector<std::string>{everyone});
  auto hidden = call("montreal", "GET", "/api/v1/content/" + targeted);
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.json()["error"]["code"], "not_found");
  // Authors see everything, and may look at the library as an advisor would.
  EXPECT_EQ(ids("marketing", "/api/v1/content?group=" + toronto_),
            std::vector<std::string>{targeted});
  EXPECT_EQ(ids("marketing", "/api/v1/content?view=library").size(), 1u);
}

TEST_F(ContentTest, AnExpiredItemDisappearsFromTheLibrary) {
  auto body = item("Short-lived", "Only for a moment.");
  body["expires_at"] = format_time(std::chrono::system_clock::now() + std::chrono::seconds(3));
  const std::string id = approved(body);
  EXPECT_EQ(ids("toronto", "/api/v1/content"), std::vector<std::string>{id});
  std::this_thread::sleep_until(*parse_time(body["expires_at"].get<std::string>()) +
                                std::chrono::milliseconds(200));
  EXPECT_TRUE(ids("toronto", "/api/v1/content").empty());
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content/" + id).status, 404);
  EXPECT_EQ(call("marketing", "GET", "/api/v1/content/" + id).json()["status"], "expired");
  EXPECT_EQ(ids("marketing", "/api/v1/content?status=expired"), std::vector<std::string>{id});
}

TEST_F(ContentTest, SearchWithAndWithoutAccents) {
  auto fr = item("Épargne-retraite", "Les rendements de votre REER.");
  fr["language"] = "fr-CA";
  fr["tags"] = {"fiscalité"};
  const std::string french = approved(fr);
  approved(item("Team news", "Welcome to Vancouver."));
  for (const char* q : {"epargne", "%C3%89PARGNE", "rendement", "Rendements", "fiscalite",
                        "%C3%A9pargne+retraite", "reer"}) {
    EXPECT_EQ(ids("toronto", std::string("/api/v1/content?q=") + q),
              std::vector<std::string>{french})
        << q;
  }
  EXPECT_TRUE(ids("toronto", "/api/v1/content?q=rendements+garantis").empty());
  EXPECT_EQ(ids("toronto", "/api/v1/content?q=vancouver&language=fr").size(), 0u);
  EXPECT_EQ(ids("toronto", "/api/v1/content?tag=fiscalit%C3%A9"), std::vector<std::string>{french});
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content?network=myspace").status, 422);
}

TEST_F(ContentTest, PaginationIsStableUnderInserts) {
  std::vector<std::string> newest_first;
  for (int i = 0; i < 5; ++i)
    newest_first.insert(newest_first.begin(), approved(item("Item " + std::to_string(i), "x")));
  auto first = call("toronto", "GET", "/api/v1/content?limit=2").json();
  ASSERT_EQ(first["items"].size(), 2u);
  approved(item("Arrived in between", "y"));
  std::vector<std::string> seen = {first["items"][0]["id"], first["items"][1]["id"]};
  auto cursor = first["next_cursor"];
  while (!cursor.is_null()) {
    auto page =
        call("toronto", "GET", "/api/v1/content?limit=2&cursor=" + cursor.get<std::string>())
            .json();
    for (const auto& i : page["items"])
      seen.push_back(i["id"]);
    cursor = page["next_cursor"];
  }
  EXPECT_EQ(seen, newest_first);
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content?cursor=bogus").status, 422);
}

TEST_F(ContentTest, CaptionVariantsRotateAcrossAdvisors) {
  auto body = item("Rotation", "Three ways to say it.");
  body["captions"]["linkedin"] = {"One", "Two", "Three"};
  const std::string id = approved(body);
  auto variant = [&](const std::string& who) {
    return call(who, "GET", "/api/v1/content/" + id).json()["assigned_captions"]["linkedin"];
  };
  auto first = variant("toronto");
  auto second = variant("montreal");
  EXPECT_NE(first["variant"], second["variant"]);
  EXPECT_EQ(variant("toronto"), first);  // stored: the same one every time
  auto listed = call("montreal", "GET", "/api/v1/content").json()["items"][0];
  EXPECT_EQ(listed["assigned_captions"]["linkedin"], second);
}

TEST_F(ContentTest, ArchivedItemsLeaveTheLibrary) {
  const std::string id = approved(item("Old news", "Done."));
  auto archived = call("compliance", "POST", "/api/v1/content/" + id + "/archive");
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_EQ(archived.json()["status"], "archived");
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content/" + id).status, 404);
  EXPECT_EQ(call("marketing", "POST", "/api/v1/content/" + id + "/archive").status, 409);
  EXPECT_EQ(call("marketing", "POST", "/api/v1/content/" + id + "/revise").status, 409);
}

TEST_F(ContentTest, InvalidFieldsAre422AndIdempotencyKeysCreateOnce) {
  auto bad = call("marketing", "POST", "/api/v1/content",
                  {{"title", ""},
                   {"url", "javascript:alert(1)"},
                   {"captions", {{"linkedin", "not an array"}}},
                   {"groups", {"no-such-group"}},
                   {"colour", "red"}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  auto fields = bad.json()["error"]["details"]["fields"];
  for (const char* field : {"captions.linkedin", "colour"})
    EXPECT_TRUE(fields.contains(field)) << field << " " << bad.body;
  auto worse = call("marketing", "POST", "/api/v1/content",
                    {{"title", ""}, {"url", "javascript:alert(1)"}, {"groups", {"nope"}}});
  ASSERT_EQ(worse.status, 422);
  for (const char* field : {"title", "url"})
    EXPECT_TRUE(worse.json()["error"]["details"]["fields"].contains(field)) << worse.body;

  HeaderList headers = bearer(tokens_.at("marketing"));
  headers.emplace_back("Content-Type", "application/json");
  headers.emplace_back("Idempotency-Key", "create-once");
  auto once = client()->request("POST", "/api/v1/content", headers, item("Once", "x").dump());
  auto twice = client()->request("POST", "/api/v1/content", headers, item("Once", "x").dump());
  ASSERT_EQ(once.status, 201);
  EXPECT_EQ(twice.status, 201);
  EXPECT_EQ(once.json()["id"], twice.json()["id"]);
  EXPECT_EQ(ids("marketing", "/api/v1/content").size(), 1u);
}

}  // namespace
}  // namespace pv::testing
