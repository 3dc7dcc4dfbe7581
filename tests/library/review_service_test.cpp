// The review queue: who decides which level, what a decision needs, and what
// it leaves in the audit log.
#include "library_fixture.h"

namespace pv::testing {
namespace {

class ReviewServiceTest : public LibraryFixture {
 protected:
  review::DecisionInput approve() { return {review::Decision::kApprove, "Fine.", {}}; }
  review::DecisionInput escalate() {
    return {review::Decision::kEscalate, "Not sure about the figures.",
            std::string("needs_second_opinion")};
  }
};

TEST_F(ReviewServiceTest, TheQueueIsOldestFirstWithDueTimes) {
  // Opened on Friday at 15:04, 16:04 and 17:04 UTC: due on Monday at those times.
  std::vector<std::string> reviews;
  for (int i = 0; i < 3; ++i) {
    reviews.push_back(submit(create(fields())));
    clock_.advance(std::chrono::hours(1));
  }
  clock_.advance(std::chrono::minutes(70 * 60 + 26));  // Monday 16:30 UTC
  review::ReviewListQuery q;
  q.limit = 2;
  auto page = reviews_.list(compliance_, q).value();
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0]["id"], reviews[0]);
  EXPECT_EQ(page.items[1]["id"], reviews[1]);
  EXPECT_EQ(page.items[0]["level"], 1);
  EXPECT_EQ(page.items[0]["due_at"], "2026-11-23T15:04:06Z");
  EXPECT_EQ(page.items[0]["overdue"], true);
  EXPECT_EQ(page.items[1]["author"]["email"], "marketing@x.ca");
  EXPECT_GT(page.items[0]["age_seconds"].get<long long>(), 3 * 24 * 3600);
  q.after = page.next;
  auto rest = reviews_.list(compliance_, q).value();
  ASSERT_EQ(rest.items.size(), 1u);
  EXPECT_EQ(rest.items[0]["id"], reviews[2]);
  EXPECT_EQ(rest.items[0]["overdue"], false);
  q = {};
  q.newest_first = true;
  EXPECT_EQ(reviews_.list(compliance_, q).value().items[0]["id"], reviews[2]);
}

TEST_F(ReviewServiceTest, NobodyDecidesTheirOwnItem) {
  // `both` writes content and reviews: not their own.
  auto id = create(fields(), &both_);
  auto review_id = submit(id, &both_);
  auto mine = reviews_.decide(both_, review_id, approve());
  ASSERT_FALSE(mine);
  EXPECT_EQ(mine.error().kind(), ErrorKind::kForbidden);
  EXPECT_EQ(mine.error().code(), "own_item");
  // Nor someone who edited it and let a colleague submit it.
  auto other = create(fields(), &both_);
  library::ContentPatch patch;
  patch.title = "Edited by marketing";
  content_.patch(marketing_.id, other, patch).value();
  auto other_review = submit(other, &marketing2_);
  EXPECT_EQ(reviews_.decide(both_, other_review, approve()).error().code(), "own_item");
  EXPECT_TRUE(reviews_.decide(compliance_, review_id, approve()));
}

TEST_F(ReviewServiceTest, ADecidedReviewStaysDecided) {
  auto review_id = submit(create(fields()));
  EXPECT_TRUE(reviews_.decide(compliance_, review_id, approve()));
  auto again = reviews_.decide(compliance2_, review_id,
                               {review::Decision::kReject, "Too late.", std::string("other")});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind(), ErrorKind::kConflict);
  EXPECT_EQ(again.error().code(), "already_decided");
  EXPECT_EQ(reviews_.decide(compliance_, "nothing", approve()).error().kind(),
            ErrorKind::kNotFound);
}

TEST_F(ReviewServiceTest, RejectAndEscalateNeedANoteAndAConfiguredReason) {
  auto review_id = submit(create(fields()));
  struct Case {
    review::DecisionInput input;
    std::set<std::string> fields;
  };
  const std::vector<Case> cases = {
      {{review::Decision::kReject, "", std::string("other")}, {"note"}},
      {{review::Decision::kReject, "  ", std::string("other")}, {"note"}},
      {{review::Decision::kReject, "Why", std::nullopt}, {"reason"}},
      {{review::Decision::kEscalate, "", std::nullopt}, {"note", "reason"}},
      {{review::Decision::kReject, "Why", std::string("i_dont_like_it")}, {"reason"}},
      {{review::Decision::kApprove, "", std::string("unknown")}, {"reason"}},
  };
  for (const auto& c : cases) {
    auto r = reviews_.decide(compliance_, review_id, c.input);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind(), ErrorKind::kInvalid);
    std::set<std::string> named;
    for (const auto& [field, reason] : r.error().details()["fields"].items())
      named.insert(field);
    EXPECT_EQ(named, c.fields);
    EXPECT_FALSE(r.error().details()["reasons"].empty());
  }
  EXPECT_EQ(reviews_.get(review_id).value()["status"], "open");
}

TEST_F(ReviewServiceTest, EscalatedReviewsGoToTheSecondLevel) {
  auto id = create(fields());
  auto review_id = submit(id);
  auto escalated = reviews_.decide(compliance_, review_id, escalate()).value();
  EXPECT_EQ(escalated["level"], 2);
  EXPECT_EQ(escalated["status"], "open");
  // Gone from the first level's queue, in the second level's.
  review::ReviewListQuery q;
  q.level = 1;
  EXPECT_TRUE(reviews_.list(compliance_, q).value().items.empty());
  q.level = 2;
  EXPECT_EQ(reviews_.list(admin_, q).value().items.size(), 1u);
  EXPECT_EQ(reviews_.list(compliance2_, q).value().items.size(), 1u);  // the configured group
  EXPECT_EQ(reviews_.list(compliance_, q).error().kind(), ErrorKind::kForbidden);
  q.level.reset();
  EXPECT_EQ(reviews_.list(admin_, q).value().items.size(), 1u);  // admins: level 2 only
  // A first-level reviewer cannot decide it, nor escalate it again.
  EXPECT_EQ(reviews_.decide(compliance_, review_id, approve()).error().kind(),
            ErrorKind::kForbidden);
  EXPECT_EQ(reviews_.decide(admin_, review_id, escalate()).error().code(), "already_escalated");
  auto decided = reviews_.decide(admin_, review_id, approve()).value();
  EXPECT_EQ(decided["status"], "approved");
  EXPECT_EQ(content_.get(id, std::nullopt).value()["status"], "approved");
  EXPECT_EQ(content_.get(id, std::nullopt).value()["approved_by"], admin_.id);
  auto history = reviews_.get(review_id).value()["history"];
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["decision"], "escalate");
  EXPECT_EQ(history[0]["reviewer"]["id"], compliance_.id);
  EXPECT_EQ(history[0]["reason"], "needs_second_opinion");
  EXPECT_EQ(history[1]["decision"], "approve");
  EXPECT_EQ(history[1]["level"], 2);
}

TEST_F(ReviewServiceTest, AdminsDoNotDecideTheFirstLevel) {
  auto review_id = submit(create(fields()));
  EXPECT_EQ(reviews_.decide(admin_, review_id, approve()).error().kind(), ErrorKind::kForbidden);
  review::ReviewListQuery q;
  q.level = 1;
  EXPECT_EQ(reviews_.list(admin_, q).error().kind(), ErrorKind::kForbidden);
}

TEST_F(ReviewServiceTest, EveryDecisionIsAuditedWithReviewerCharterAndNote) {
  auto review_id = submit(create(fields()));
  reviews_.decide(compliance_, review_id, escalate()).value();
  reviews_
      .decide(compliance2_, review_id,
              {review::Decision::kReject, "No.", std::string("performance_claim")})
      .value();
  std::vector<store::AuditRow> decisions;
  db_.read([&](store::Tx& tx) {
    tx.audit().scan([&](const store::AuditRow& row) {
      if (row.action == "review.decide") decisions.push_back(row);
    });
  });
  ASSERT_EQ(decisions.size(), 2u);
  auto data = nlohmann::json::parse(decisions[1].data);
  EXPECT_EQ(decisions[1].actor, compliance2_.id);
  EXPECT_EQ(decisions[1].entity_id, review_id);
  EXPECT_EQ(data["decision"], "reject");
  EXPECT_EQ(data["level"], 2);
  EXPECT_EQ(data["note"], "No.");
  EXPECT_EQ(data["reason"], "performance_claim");
  EXPECT_EQ(data["charter_version_id"], std::to_string(charter_.current()->version_id));
  EXPECT_TRUE(data.contains("decided_at"));
  auto actions = audit_actions();
  EXPECT_EQ(actions.back(), "content.reject");
}

}  // namespace
}  // namespace pv::testing
