// The content library's repositories: media, items and versions, the library
// and author lists with their filters, search and cursors, caption
// assignments, and reviews.
#include <gtest/gtest.h>

#include "store/errors.h"
#include "store/sqlite/sqlite_database.h"
#include "support/temp_dir.h"
#include "util/time.h"

namespace pv::store::sqlite {
namespace {

const TimePoint kT0 = from_unix_seconds(1795187045);

TimePoint at(int seconds) {
  return kT0 + std::chrono::seconds(seconds);
}

class ContentRepoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<SqliteDatabase>(SqliteOptions{dir_.file("pv.db")});
    db_->migrate();
    db_->write([](Tx& tx) {
      tx.groups().insert(GroupRow{"g1", "Montréal", "", kT0});
      tx.groups().insert(GroupRow{"g2", "Toronto", "", kT0});
      tx.users().insert(UserRow{"u1",
                                "m@x.ca",
                                "M",
                                "h",
                                {"marketing"},
                                "marketing",
                                {},
                                "QC",
                                "fr-CA",
                                {},
                                true,
                                kT0,
                                kT0});
      tx.users().insert(UserRow{"u2",
                                "a@x.ca",
                                "A",
                                "h",
                                {"advisor"},
                                "advisor",
                                {"g1"},
                                "QC",
                                "fr-CA",
                                {},
                                true,
                                kT0,
                                kT0});
    });
  }

  // An item with one approved (live) version.
  void add_live(const std::string& id, const std::string& title, const std::string& language,
                std::vector<std::string> groups, int approved, std::vector<std::string> tags = {},
                std::optional<TimePoint> expires = std::nullopt) {
    db_->write([&](Tx& tx) {
      tx.content().insert_item(ContentItemRow{id, 1, 1, false, "u1", kT0});
      auto v = version(id, 1, "approved", title);
      v.language = language;
      v.language_primary = language.substr(0, 2);
      v.groups = groups;
      v.tags = tags;
      v.approved_by = "u2";
      v.approved_at = at(approved);
      v.expires_at = expires;
      tx.content().insert_version(v, ContentSearchText{title, "", "", ""});
    });
  }

  static ContentVersionRow version(const std::string& item, int n, const std::string& status,
                                   const std::string& title) {
    ContentVersionRow v;
    v.item_id = item;
    v.version = n;
    v.status = status;
    v.title = title;
    v.body = "body";
    v.language = "en";
    v.language_primary = "en";
    v.captions = R"({"linkedin": ["a", "b"]})";
    v.caption_policy = "editable";
    v.created_by = v.updated_by = "u1";
    v.created_at = v.updated_at = kT0;
    return v;
  }

  std::vector<std::string> ids(const std::vector<ContentRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows)
      out.push_back(r.item.id);
    return out;
  }

  std::vector<ContentRow> library(ContentQuery q) {
    q.view = ContentQuery::View::kLibrary;
    if (q.now == TimePoint{}) q.now = at(1000);
    return db_->read_value([&](Tx& tx) { return tx.content().list(q); });
  }

  pv::testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_F(ContentRepoTest, MediaBytesRoundTripAndAreStoredOnce) {
  std::string bytes("\x89PNG\r\n\x1a\n\0\0binary\xff", 17);
  MediaRow m{"m1", "abc", "image/png", 17, 640, 480, bytes, "u1", kT0};
  db_->write([&](Tx& tx) { tx.media().insert(m); });
  auto back = db_->read_value([](Tx& tx) { return tx.media().find("m1", true); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->data, bytes);
  EXPECT_EQ(back->width, 640);
  auto light = db_->read_value([](Tx& tx) { return tx.media().find("m1", false); });
  EXPECT_TRUE(light->data.empty());
  EXPECT_EQ(db_->read_value([](Tx& tx) { return tx.media().find_by_sha256("abc"); })->id, "m1");
  m.id = "m2";
  try {
    db_->write([&](Tx& tx) { tx.media().insert(m); });
    FAIL() << "the same bytes were stored twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUniqueViolation);
  }
}

TEST_F(ContentRepoTest, VersionsRoundTripAndUpdate) {
  db_->write([&](Tx& tx) {
    tx.content().insert_item(ContentItemRow{"c1", 1, std::nullopt, false, "u1", kT0});
    auto v = version("c1", 1, "draft", "First");
    v.url = "https://x.example";
    v.tags = {"rrsp"};
    v.groups = {"g1"};
    v.starts_at = at(10);
    tx.content().insert_version(v, ContentSearchText{"first", "body", "a b", "rrsp"});
  });
  auto v = db_->read_value([](Tx& tx) { return tx.content().find_version("c1", 1); });
  ASSERT_TRUE(v);
  EXPECT_EQ(v->url, "https://x.example");
  EXPECT_EQ(v->groups, std::vector<std::string>{"g1"});
  EXPECT_EQ(v->starts_at, at(10));
  EXPECT_FALSE(v->expires_at);
  EXPECT_GT(v->seq, 0);
  v->status = "pending";
  v->verdict = R"({"verdict":"review"})";
  v->submitted_by = "u1";
  v->submitted_at = at(20);
  db_->write([&](Tx& tx) { tx.content().update_version(*v, std::nullopt); });
  auto again = db_->read_value([](Tx& tx) { return tx.content().find_version("c1", 1); });
  EXPECT_EQ(again->status, "pending");
  EXPECT_EQ(again->verdict, R"({"verdict":"review"})");
  EXPECT_EQ(again->submitted_at, at(20));
  // The status is checked by the store too.
  again->status = "lost";
  EXPECT_THROW(db_->write([&](Tx& tx) { tx.content().update_version(*again, std::nullopt); }),
               Error);
}

TEST_F(ContentRepoTest, LibraryShowsLiveItemsOfTheUsersGroupsInTheirLanguageFirst) {
  add_live("c1", "old english", "en", {}, 1);
  add_live("c2", "new english", "en", {}, 3);
  add_live("c3", "french", "fr", {}, 2);
  add_live("c4", "toronto only", "en", {"g2"}, 4);
  add_live("c5", "montreal only", "en", {"g1"}, 5);
  add_live("c6", "expired", "en", {}, 6, {}, at(500));
  ContentQuery q;
  q.user_groups = {"g1"};
  q.preferred_language = "fr";
  EXPECT_EQ(ids(library(q)), (std::vector<std::string>{"c3", "c5", "c2", "c1"}));
  q.preferred_language = "en";
  EXPECT_EQ(ids(library(q)), (std::vector<std::string>{"c5", "c2", "c1", "c3"}));
  q.now = at(100);
  EXPECT_EQ(ids(library(q)).size(), 5u);  // before c6 expired
  q.now = {};
  q.language = "fr";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c3"});
}

TEST_F(ContentRepoTest, LibraryFiltersByTagNetworkAndSearch) {
  add_live("c1", "epargne retraite", "fr", {}, 1, {"reer"});
  add_live("c2", "rendements du marche", "fr", {}, 2, {"marche"});
  db_->write([&](Tx& tx) {
    auto v = *tx.content().find_version("c2", 1);
    v.captions = R"({"x": ["court"]})";
    tx.content().update_version(v, ContentSearchText{"rendements du marche", "", "court", ""});
  });
  ContentQuery q;
  q.tag = "reer";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c1"});
  q = {};
  q.network = "x";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c2"});
  q.network = "linkedin";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c1"});
  q = {};
  q.match = "\"rendement\"*";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c2"});
  q.match = "\"court\"*";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c2"});  // re-indexed with its captions
  q.match = "\"retraite\"* AND \"epargne\"*";
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c1"});
  q.match = "\"retraite\"* AND \"marche\"*";
  EXPECT_TRUE(library(q).empty());
}

TEST_F(ContentRepoTest, LibraryCursorsPageWithoutOverlapWhileItemsArrive) {
  for (int i = 0; i < 5; ++i)
    add_live("c" + std::to_string(i), "t", i % 2 ? "fr" : "en", {}, i);
  ContentQuery q;
  q.preferred_language = "fr";
  q.limit = 2;
  auto first = library(q);
  ASSERT_EQ(ids(first), (std::vector<std::string>{"c3", "c1"}));
  add_live("c9", "newer", "fr", {}, 9);  // arrives between two pages
  q.after = ContentCursor{1, 1000 * (1795187045LL + 1), "c1"};
  auto second = library(q);
  EXPECT_EQ(ids(second), (std::vector<std::string>{"c4", "c2"}));
  q.after = ContentCursor{0, 1000 * (1795187045LL + 2), "c2"};
  EXPECT_EQ(ids(library(q)), std::vector<std::string>{"c0"});
}

TEST_F(ContentRepoTest, AuthorsSeeTheLatestVersionWithTheStatusFilter) {
  add_live("c1", "live", "en", {}, 1, {}, at(500));
  db_->write([&](Tx& tx) {
    tx.content().insert_item(ContentItemRow{"c2", 1, std::nullopt, false, "u1", kT0});
    tx.content().insert_version(version("c2", 1, "draft", "draft"), ContentSearchText{});
  });
  ContentQuery q;
  q.now = at(100);
  auto all = db_->read_value([&](Tx& tx) { return tx.content().list(q); });
  EXPECT_EQ(ids(all), (std::vector<std::string>{"c2", "c1"}));
  q.status = "approved";
  EXPECT_EQ(ids(db_->read_value([&](Tx& tx) { return tx.content().list(q); })),
            std::vector<std::string>{"c1"});
  q.now = at(600);
  EXPECT_TRUE(db_->read_value([&](Tx& tx) { return tx.content().list(q); }).empty());
  q.status = "expired";
  EXPECT_EQ(ids(db_->read_value([&](Tx& tx) { return tx.content().list(q); })),
            std::vector<std::string>{"c1"});
  q.status.reset();
  q.after = ContentCursor{0, 0, "c2"};
  EXPECT_EQ(ids(db_->read_value([&](Tx& tx) { return tx.content().list(q); })),
            std::vector<std::string>{"c1"});
}

TEST_F(ContentRepoTest, CaptionAssignmentsAreKeptPerUserVersionAndNetwork) {
  add_live("c1", "t", "en", {}, 1);
  db_->write([](Tx& tx) {
    EXPECT_EQ(tx.content().assignment_count("c1", 1, "linkedin"), 0);
    tx.content().assign_variant("u2", "c1", 1, "linkedin", 1, kT0);
    tx.content().assign_variant("u1", "c1", 1, "linkedin", 0, kT0);
  });
  db_->read([](Tx& tx) {
    EXPECT_EQ(tx.content().assigned_variant("u2", "c1", 1, "linkedin"), 1);
    EXPECT_EQ(tx.content().assigned_variant("u2", "c1", 1, "x"), std::nullopt);
    EXPECT_EQ(tx.content().assignment_count("c1", 1, "linkedin"), 2);
  });
  EXPECT_THROW(
      db_->write([](Tx& tx) { tx.content().assign_variant("u2", "c1", 1, "linkedin", 0, kT0); }),
      Error);
}

TEST_F(ContentRepoTest, ReviewsQueueOldestFirstAndKeepTheirDecisions) {
  db_->write([](Tx& tx) {
    for (int i = 0; i < 3; ++i) {
      tx.reviews().insert(ReviewRow{"r" + std::to_string(i), "content", "c1", 1, "u1", 1, "open",
                                    "text", "{}", std::nullopt, at(10 - i), at(100), std::nullopt});
    }
  });
  ReviewQuery q;
  q.status = "open";
  q.limit = 2;
  auto page = db_->read_value([&](Tx& tx) { return tx.reviews().list(q); });
  ASSERT_EQ(page.size(), 2u);
  EXPECT_EQ(page[0].id, "r2");
  EXPECT_EQ(page[1].id, "r1");
  q.after = ReviewCursor{1000 * (1795187045LL + 9), "r1"};
  auto rest = db_->read_value([&](Tx& tx) { return tx.reviews().list(q); });
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].id, "r0");

  db_->write([](Tx& tx) {
    auto r = *tx.reviews().find("r1");
    r.level = 2;
    tx.reviews().update(r);
    tx.reviews().add_decision(ReviewDecisionRow{"r1", 1, 1, "escalate", "u2", "unsure",
                                                "needs_second_opinion", std::nullopt, at(20)});
  });
  q = {};
  q.level = 2;
  auto second = db_->read_value([&](Tx& tx) { return tx.reviews().list(q); });
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].id, "r1");
  auto decisions = db_->read_value([](Tx& tx) { return tx.reviews().decisions("r1"); });
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].reason, "needs_second_opinion");
  EXPECT_EQ(
      db_->read_value([](Tx& tx) { return tx.reviews().latest_for_subject("content", "c1", 1); })
          ->id,
      "r0");
  // Decisions are a record: the store refuses to change them.
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.reviews().add_decision(
        ReviewDecisionRow{"r1", 1, 2, "approve", "u2", "", std::nullopt, std::nullopt, at(30)});
  }),
               Error);
}

}  // namespace
}  // namespace pv::store::sqlite
