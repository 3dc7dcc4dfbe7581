// The review queue over HTTP: self-review, double decisions, required notes
// and reasons, escalation to the second level, and the audit trail.
#include "integration/library_fixture.h"

namespace pv::testing {
namespace {

class ReviewTest : public LibraryApiFixture {};

TEST_F(ReviewTest, NobodyDecidesTheirOwnItem) {
  const std::string id = create(item("Mine", "Written by me."), "both")["id"];
  const std::string review_id = submit(id, "both");
  auto r = decide("both", review_id, {{"decision", "approve"}});
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json()["error"]["code"], "own_item");
  EXPECT_EQ(decide("compliance", review_id, {{"decision", "approve"}}).status, 200);
}

TEST_F(ReviewTest, ADecidedReviewCannotBeDecidedAgain) {
  const std::string review_id = submit(create(item("Once", "Decided once."))["id"]);
  ASSERT_EQ(decide("compliance", review_id, {{"decision", "approve"}}).status, 200);
  auto again = decide("senior", review_id,
                      {{"decision", "reject"}, {"note", "Changed my mind"}, {"reason", "other"}});
  ASSERT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json()["error"]["code"], "already_decided");
  EXPECT_EQ(decide("compliance", "nothing", {{"decision", "approve"}}).status, 404);
}

TEST_F(ReviewTest, RejectNeedsANoteAndAConfiguredReason) {
  const std::string id = create(item("Returns", "Strong returns."))["id"];
  const std::string review_id = submit(id);
  auto no_note = decide("compliance", review_id, {{"decision", "reject"}});
  ASSERT_EQ(no_note.status, 422) << no_note.body;
  auto fields = no_note.json()["error"]["details"]["fields"];
  EXPECT_TRUE(fields.contains("note"));
  EXPECT_TRUE(fields.contains("reason"));
  EXPECT_FALSE(no_note.json()["error"]["details"]["reasons"].empty());
  auto unknown = decide("compliance", review_id,
                        {{"decision", "reject"}, {"note", "Why"}, {"reason", "bad_vibes"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(decide("compliance", review_id, {{"decision", "maybe"}}).status, 422);
  auto rejected = decide("compliance", review_id,
                         {{"decision", "reject"},
                          {"note", "Give the period and the benchmark."},
                          {"reason", "performance_claim"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  auto content = call("marketing", "GET", "/api/v1/content/" + id).json();
  EXPECT_EQ(content["status"], "rejected");
  EXPECT_EQ(content["review"]["decision"]["note"], "Give the period and the benchmark.");
  EXPECT_EQ(content["review"]["decision"]["reason"], "performance_claim");
  // Rejected items are edited (back to draft) and submitted again.
  auto edited = call("marketing", "PATCH", "/api/v1/content/" + id, {{"body", "Steady."}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["status"], "draft");
  submit(id);
}

TEST_F(ReviewTest, EscalationGoesToTheSecondLevel) {
  const std::string id = create(item("Complex", "A tricky one with returns."))["id"];
  const std::string review_id = submit(id);
  auto escalated = decide("compliance", review_id,
                          {{"decision", "escalate"},
                           {"note", "Needs a senior look."},
                           {"reason", "needs_second_opinion"}});
  ASSERT_EQ(escalated.status, 200) << escalated.body;
  EXPECT_EQ(escalated.json()["level"], 2);
  EXPECT_EQ(escalated.json()["status"], "open");

  EXPECT_TRUE(call("compliance", "GET", "/api/v1/reviews?level=1").json()["items"].empty());
  EXPECT_EQ(call("compliance", "GET", "/api/v1/reviews?level=2").status, 403);
  EXPECT_EQ(call("admin", "GET", "/api/v1/reviews?level=2").json()["items"].size(), 1u);
  EXPECT_EQ(call("senior", "GET", "/api/v1/reviews?level=2").json()["items"].size(), 1u);
  EXPECT_EQ(call("admin", "GET", "/api/v1/reviews?level=1").status, 403);

  auto first_level = decide("compliance", review_id, {{"decision", "approve"}});
  EXPECT_EQ(first_level.status, 403) << first_level.body;
  auto approved = decide("senior", review_id, {{"decision", "approve"}, {"note", "Fine."}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(call("toronto", "GET", "/api/v1/content/" + id).status, 200);

  auto detail = call("admin", "GET", "/api/v1/reviews/" + review_id);
  ASSERT_EQ(detail.status, 200) << detail.body;
  const auto review = detail.json();
  EXPECT_EQ(review["status"], "approved");
  EXPECT_EQ(review["subject"]["id"], id);
  EXPECT_EQ(review["verdict"]["verdict"], "review");
  EXPECT_EQ(review["verdict"]["findings"][0]["part"], "body");
  ASSERT_EQ(review["history"].size(), 2u);
  EXPECT_EQ(review["history"][0]["decision"], "escalate");
  EXPECT_EQ(review["history"][0]["reviewer"]["id"], user_ids_["compliance"]);
  EXPECT_EQ(review["history"][1]["decision"], "approve");
  EXPECT_EQ(review["history"][1]["reviewer"]["id"], user_ids_["senior"]);

  auto audit = call("admin", "GET", "/api/v1/audit?entity=review&limit=200").json();
  std::vector<nlohmann::json> decisions;
  for (const auto& e : audit["items"]) {
    if (e["action"] == "review.decide") decisions.push_back(e);
  }
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_EQ(decisions[0]["actor"], user_ids_["compliance"]);
  EXPECT_EQ(decisions[0]["data"]["note"], "Needs a senior look.");
  EXPECT_FALSE(decisions[0]["data"]["charter_version_id"].is_null());
  EXPECT_EQ(decisions[1]["actor"], user_ids_["senior"]);
  EXPECT_EQ(decisions[1]["data"]["level"], 2);
}

TEST_F(ReviewTest, TheQueueIsOldestFirstAndPaged) {
  std::vector<std::string> reviews;
  for (int i = 0; i < 3; ++i)
    reviews.push_back(submit(create(item("Item " + std::to_string(i), "x"))["id"]));
  auto page = call("compliance", "GET", "/api/v1/reviews?limit=2").json();
  ASSERT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["items"][0]["id"], reviews[0]);
  EXPECT_EQ(page["items"][1]["id"], reviews[1]);
  auto rest = call("compliance", "GET",
                   "/api/v1/reviews?limit=2&cursor=" + page["next_cursor"].get<std::string>())
                  .json();
  ASSERT_EQ(rest["items"].size(), 1u);
  EXPECT_EQ(rest["items"][0]["id"], reviews[2]);
  auto newest = call("compliance", "GET", "/api/v1/reviews?sort=newest").json();
  EXPECT_EQ(newest["items"][0]["id"], reviews[2]);
  EXPECT_EQ(call("compliance", "GET", "/api/v1/reviews?status=whatever").status, 422);
}

}  // namespace
}  // namespace pv::testing
