// The content lifecycle: drafts, submission against the charter, review
// decisions, revisions, archiving; every transition audited.
#include "library_fixture.h"

namespace pv::testing {
namespace {

class ContentServiceTest : public LibraryFixture {};

TEST_F(ContentServiceTest, ADraftIsCreatedWithItsFields) {
  auto f = fields();
  f.tags = {"RRSP", "Tax"};
  f.groups = {group_};
  auto id = create(f);
  auto item = content_.get(id, std::nullopt).value();
  EXPECT_EQ(item["status"], "draft");
  EXPECT_EQ(item["version"], 1);
  EXPECT_EQ(item["tags"], nlohmann::json({"rrsp", "tax"}));
  EXPECT_EQ(item["captions"]["linkedin"].size(), 2u);
  EXPECT_EQ(item["created_by"], marketing_.id);
  EXPECT_EQ(item["verdict"], nullptr);
  EXPECT_EQ(audit_actions().back(), "content.create");
}

TEST_F(ContentServiceTest, UnknownGroupsAndMediaAre422) {
  auto f = fields();
  f.groups = {"nope"};
  f.media_id = "missing";
  db_.write([&](store::Tx& tx) {
    auto r = content_.create(tx, marketing_.id, f);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind(), ErrorKind::kInvalid);
    EXPECT_TRUE(r.error().details()["fields"].contains("groups"));
    EXPECT_TRUE(r.error().details()["fields"].contains("media_id"));
  });
}

TEST_F(ContentServiceTest, SubmitStoresTheMostSevereVerdictAndOpensAReview) {
  auto f = fields("Coming soon.");
  f.url = "https://x.example/returns";  // the URL is checked too
  f.captions[policy::Network::kX] = {"Short one", "Strong returns"};
  auto id = create(f);
  auto item = content_.submit(marketing_.id, id).value();
  EXPECT_EQ(item["status"], "pending");
  EXPECT_EQ(item["verdict"]["verdict"], "review");
  EXPECT_EQ(item["verdict"]["charter_version_id"], item["charter_version_id"]);
  std::set<std::string> parts;
  for (const auto& finding : item["verdict"]["findings"])
    parts.insert(finding["part"].get<std::string>() + ":" + finding["rule"].get<std::string>());
  EXPECT_EQ(parts, (std::set<std::string>{"body:tone.soon", "url:performance.returns",
                                          "captions.x[1]:performance.returns"}));
  ASSERT_TRUE(item["review"].is_object());
  EXPECT_EQ(item["review"]["status"], "open");
  // Opened on Friday morning in Toronto: due Monday at the same time.
  EXPECT_EQ(item["review"]["due_at"], "2026-11-23T15:04:06Z");
  auto review = reviews_.get(item["review"]["id"]).value();
  EXPECT_EQ(review["kind"], "content");
  EXPECT_EQ(review["subject_id"], id);
  EXPECT_EQ(review["author"]["id"], marketing_.id);
  EXPECT_EQ(review["text"], "Coming soon.");
  EXPECT_EQ(review["verdict"]["verdict"], "review");
  EXPECT_EQ(review["subject"]["parts"].size(), 6u);  // body, url and four captions
  auto actions = audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "review.open"), 1);
  EXPECT_EQ(actions.back(), "content.submit");
}

TEST_F(ContentServiceTest, ABlockVerdictRefusesTheSubmitAndChangesNothing) {
  auto f = fields();
  f.captions[policy::Network::kLinkedIn] = {"Fine", "Guaranteed gains!"};
  auto id = create(f);
  auto r = content_.submit(marketing_.id, id);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), ErrorKind::kInvalid);
  EXPECT_EQ(r.error().code(), "charter_blocked");
  EXPECT_EQ(r.error().details()["verdict"], "block");
  ASSERT_EQ(r.error().details()["findings"].size(), 1u);
  EXPECT_EQ(r.error().details()["findings"][0]["part"], "captions.linkedin[1]");
  EXPECT_EQ(r.error().details()["findings"][0]["match"], "Guaranteed");
  EXPECT_EQ(content_.get(id, std::nullopt).value()["status"], "draft");
  EXPECT_EQ(audit_actions().back(), "content.submit_blocked");
  review::ReviewListQuery q;
  EXPECT_TRUE(reviews_.list(compliance_, q).value().items.empty());
}

TEST_F(ContentServiceTest, OnlyDraftsWithCaptionsAreSubmitted) {
  auto f = fields();
  f.captions.clear();
  auto bare = create(f);
  EXPECT_EQ(content_.submit(marketing_.id, bare).error().kind(), ErrorKind::kInvalid);
  auto id = create(fields());
  submit(id);
  auto again = content_.submit(marketing_.id, id);
  EXPECT_EQ(again.error().code(), "not_draft");
  EXPECT_EQ(content_.submit(marketing_.id, "nothing").error().kind(), ErrorKind::kNotFound);
}

TEST_F(ContentServiceTest, AnApprovedItemIsNeverEditedButRevised) {
  auto id = approved(fields("Version one."));
  library::ContentPatch patch;
  patch.body = "Changed in place?";
  auto edit = content_.patch(marketing_.id, id, patch);
  EXPECT_EQ(edit.error().kind(), ErrorKind::kConflict);
  EXPECT_EQ(edit.error().code(), "not_editable");

  nlohmann::json revised;
  db_.write([&](store::Tx& tx) { revised = content_.revise(tx, marketing_.id, id).value(); });
  EXPECT_EQ(revised["version"], 2);
  EXPECT_EQ(revised["status"], "draft");
  EXPECT_EQ(revised["live_version"], 1);
  EXPECT_EQ(content_.patch(marketing_.id, id, patch).value()["body"], "Changed in place?");
  // Version 1 is still what advisors get, until version 2 is approved.
  auto advisor = add_user("adv@x.ca", {"advisor"});
  EXPECT_EQ(library_.get(advisor, id).value()["body"], "Version one.");
  auto second = submit(id);
  EXPECT_EQ(library_.get(advisor, id).value()["version"], 1);
  reviews_.decide(compliance_, second, {review::Decision::kApprove, "", {}}).value();
  auto live = library_.get(advisor, id).value();
  EXPECT_EQ(live["version"], 2);
  EXPECT_EQ(live["body"], "Changed in place?");
  EXPECT_EQ(content_.get(id, 1).value()["status"], "superseded");
  // A draft revision exists: revising again is refused.
  db_.write([&](store::Tx& tx) { content_.revise(tx, marketing_.id, id).value(); });
  db_.write([&](store::Tx& tx) {
    EXPECT_EQ(content_.revise(tx, marketing_.id, id).error().code(), "not_approved");
  });
}

TEST_F(ContentServiceTest, ARejectedVersionGoesBackToItsAuthorWithTheNote) {
  auto id = create(fields());
  auto review_id = submit(id);
  reviews_
      .decide(compliance_, review_id,
              {review::Decision::kReject, "Add the warning.", std::string("missing_disclosure")})
      .value();
  auto item = content_.get(id, std::nullopt).value();
  EXPECT_EQ(item["status"], "rejected");
  EXPECT_EQ(item["review"]["decision"]["note"], "Add the warning.");
  EXPECT_EQ(item["review"]["decision"]["reason"], "missing_disclosure");
  library::ContentPatch patch;
  patch.body = "With the warning.";
  auto edited = content_.patch(marketing_.id, id, patch).value();
  EXPECT_EQ(edited["status"], "draft");
  EXPECT_EQ(edited["verdict"], nullptr);
  // The last review of the version stays readable until the next one opens.
  EXPECT_EQ(content_.get(id, std::nullopt).value()["review"]["status"], "rejected");
  submit(id);
  EXPECT_EQ(content_.get(id, std::nullopt).value()["review"]["status"], "open");
}

TEST_F(ContentServiceTest, ArchivingCancelsTheOpenReviewAndEndsSharing) {
  auto id = approved(fields());
  db_.write([&](store::Tx& tx) { content_.revise(tx, marketing_.id, id).value(); });
  auto review_id = submit(id);
  auto archived = content_.archive(compliance_.id, id).value();
  EXPECT_EQ(archived["status"], "archived");
  EXPECT_EQ(archived["archived"], true);
  EXPECT_EQ(reviews_.get(review_id).value()["status"], "cancelled");
  auto decided = reviews_.decide(compliance_, review_id, {review::Decision::kApprove, "", {}});
  EXPECT_EQ(decided.error().code(), "already_decided");
  auto advisor = add_user("adv@x.ca", {"advisor"});
  EXPECT_EQ(library_.get(advisor, id).error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(content_.archive(marketing_.id, id).error().code(), "already_archived");
  EXPECT_EQ(content_.patch(marketing_.id, id, {}).error().code(), "archived");
  auto actions = audit_actions();
  auto cancel = std::find(actions.begin(), actions.end(), "review.cancel");
  EXPECT_NE(cancel, actions.end());
  // The archive is recorded with the review's cancellation (the advisor added since comes later).
  EXPECT_NE(std::find(cancel, actions.end(), "content.archive"), actions.end());
}

TEST_F(ContentServiceTest, AuthorListsFilterAndPage) {
  auto a = create(fields("alpha"));
  auto f = fields("Rendements et épargne");
  f.language = "fr-CA";
  f.tags = {"reer"};
  auto b = create(f);
  auto c = approved(fields("gamma"));
  library::AuthorListQuery q;
  q.limit = 2;
  auto first = content_.list(q).value();
  ASSERT_EQ(first.items.size(), 2u);
  EXPECT_EQ(first.items[0]["id"], c);
  EXPECT_EQ(first.items[1]["id"], b);
  q.cursor = first.next;
  auto rest = content_.list(q).value();
  ASSERT_EQ(rest.items.size(), 1u);
  EXPECT_EQ(rest.items[0]["id"], a);
  EXPECT_FALSE(rest.next);
  q = {};
  q.status = "approved";
  EXPECT_EQ(content_.list(q).value().items.size(), 1u);
  q = {};
  q.q = "EPARGNE rendement";
  EXPECT_EQ(content_.list(q).value().items.at(0)["id"], b);
  q = {};
  q.language = "fr";
  q.tag = "reer";
  EXPECT_EQ(content_.list(q).value().items.size(), 1u);
  q = {};
  q.cursor = "l:1:2:x";
  EXPECT_EQ(content_.list(q).error().kind(), ErrorKind::kInvalid);
}

}  // namespace
}  // namespace pv::testing
