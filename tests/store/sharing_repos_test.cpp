// The repositories of shares, publish jobs, links and clicks: what they
// write they read back, and their conditional updates say who won.
#include <gtest/gtest.h>

#include "store/errors.h"
#include "store/sqlite/sqlite_database.h"
#include "support/temp_dir.h"
#include "util/time.h"

namespace pv::store::sqlite {
namespace {

using std::chrono::seconds;

const TimePoint kT0 = from_unix_seconds(1795187045);

class SharingReposTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<SqliteDatabase>(SqliteOptions{dir_.file("pv.db")});
    db_->migrate();
    db_->write([](Tx& tx) {
      for (const char* id : {"u1", "u2"}) {
        tx.users().insert(UserRow{id,
                                  std::string(id) + "@example.com",
                                  id,
                                  "$argon2id$x",
                                  {"advisor"},
                                  "advisor",
                                  {},
                                  "QC",
                                  "fr",
                                  {},
                                  true,
                                  kT0,
                                  kT0});
      }
    });
  }
  ShareRow share(const std::string& id, const std::string& user, const std::string& status) {
    ShareRow s;
    s.id = id;
    s.user_id = user;
    s.content_id = "c1";
    s.content_version = 2;
    s.network = "x";
    s.status = status;
    s.caption = "Caption";
    s.origin = "edited";
    s.text = "Caption\n\nhttps://share.example.com/l/abc";
    s.link_code = "abc";
    s.verdict = R"({"verdict":"warn"})";
    s.verdict_action = "warn";
    s.charter_version_id = 3;
    s.promotional = true;
    s.scheduled_at = kT0;
    s.text_verified = true;
    s.created_at = kT0;
    s.updated_at = kT0;
    return s;
  }
  void insert(const ShareRow& s) {
    db_->write([&](Tx& tx) { tx.shares().insert(s); });
  }
  pv::testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_F(SharingReposTest, SharesRoundTrip) {
  auto s = share("s1", "u1", "awaiting_confirmation");
  s.intent_url = "https://twitter.com/intent/tweet?text=x";
  s.text_verified = false;
  s.account_id.reset();
  insert(s);
  auto back = db_->read_value([](Tx& tx) { return tx.shares().find("s1"); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->status, "awaiting_confirmation");
  EXPECT_EQ(back->content_version, 2);
  EXPECT_EQ(back->link_code, "abc");
  EXPECT_EQ(back->intent_url, s.intent_url);
  EXPECT_FALSE(back->text_verified);
  EXPECT_TRUE(back->promotional);
  EXPECT_EQ(back->charter_version_id, 3);
  EXPECT_FALSE(back->published_at);

  back->status = "published";
  back->post_id = "1234";
  back->published_at = kT0 + seconds(5);
  back->updated_at = kT0 + seconds(5);
  db_->write([&](Tx& tx) { tx.shares().update(*back); });
  auto again = db_->read_value([](Tx& tx) { return tx.shares().find("s1"); });
  EXPECT_EQ(again->status, "published");
  EXPECT_EQ(again->post_id, "1234");
  EXPECT_EQ(again->published_at, kT0 + seconds(5));
}

TEST_F(SharingReposTest, StatusesOutsideTheApisAreRefused) {
  EXPECT_THROW(insert(share("s1", "u1", "sent")), Error);
}

TEST_F(SharingReposTest, ListsNewestFirstWithFilters) {
  insert(share("s1", "u1", "published"));
  insert(share("s2", "u2", "scheduled"));
  insert(share("s3", "u1", "scheduled"));
  auto filter = [](std::optional<std::string> user, std::optional<std::string> status,
                   std::optional<std::string> before = std::nullopt, int limit = 50) {
    ShareFilter f;
    f.user_id = std::move(user);
    f.status = std::move(status);
    f.before_id = std::move(before);
    f.limit = limit;
    return f;
  };
  auto ids = [&](ShareFilter f) {
    std::vector<std::string> out;
    for (const auto& s : db_->read_value([&](Tx& tx) { return tx.shares().list(f); }))
      out.push_back(s.id);
    return out;
  };
  EXPECT_EQ(ids(filter({}, {})), (std::vector<std::string>{"s3", "s2", "s1"}));
  EXPECT_EQ(ids(filter("u1", {})), (std::vector<std::string>{"s3", "s1"}));
  EXPECT_EQ(ids(filter({}, "scheduled")), (std::vector<std::string>{"s3", "s2"}));
  EXPECT_EQ(ids(filter({}, {}, "s3", 1)), (std::vector<std::string>{"s2"}));
}

TEST_F(SharingReposTest, SharedContentIgnoresWhatDidNotGoAhead) {
  for (auto [id, content, status] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"s1", "c1", "published"},
           {"s2", "c2", "cancelled"},
           {"s3", "c3", "blocked"},
           {"s4", "c4", "rejected"},
           {"s5", "c5", "pending_review"}}) {
    auto s = share(id, "u1", status);
    s.content_id = content;
    insert(s);
  }
  auto shared = db_->read_value([](Tx& tx) {
    return tx.shares().shared_content("u1", {"c1", "c2", "c3", "c4", "c5", "c6"});
  });
  EXPECT_EQ(shared, (std::set<std::string>{"c1", "c5"}));
  auto none = db_->read_value([](Tx& tx) { return tx.shares().shared_content("u2", {"c1"}); });
  EXPECT_TRUE(none.empty());
}

TEST_F(SharingReposTest, AJobIsClaimedByOneOwnerOnly) {
  insert(share("s1", "u1", "scheduled"));
  db_->write([](Tx& tx) {
    tx.publish_jobs().insert(PublishJobRow{"s1", "u1:x", "waiting", kT0, 0, {}, {}, {}, {}, kT0});
  });
  db_->write([](Tx& tx) {
    auto& jobs = tx.publish_jobs();
    EXPECT_EQ(jobs.due(kT0 - seconds(1), 10).size(), 0u);
    EXPECT_EQ(jobs.due(kT0, 10).size(), 1u);
    EXPECT_TRUE(jobs.claim("s1", "a", kT0, kT0 + seconds(60)));
    EXPECT_FALSE(jobs.claim("s1", "b", kT0, kT0 + seconds(60)));
    EXPECT_EQ(jobs.due(kT0, 10).size(), 0u);
    // Only the owner may release or finish it.
    EXPECT_FALSE(jobs.release("s1", "b", kT0));
    EXPECT_FALSE(jobs.finish("s1", "b", kT0));
    EXPECT_FALSE(jobs.drop("s1"));
    EXPECT_FALSE(jobs.defer("s1", kT0 + seconds(5)));
    EXPECT_TRUE(jobs.expired(kT0 + seconds(60), 10).empty());
    EXPECT_EQ(jobs.expired(kT0 + seconds(61), 10).size(), 1u);
    EXPECT_EQ(jobs.account_posts_since("u1:x", kT0), 1);
    EXPECT_EQ(jobs.account_last_post("u1:x"), kT0);
    EXPECT_TRUE(jobs.release("s1", "a", kT0 + seconds(30)));
    EXPECT_EQ(jobs.account_posts_since("u1:x", kT0), 0);
    EXPECT_TRUE(jobs.claim("s1", "b", kT0 + seconds(30), kT0 + seconds(90)));
    EXPECT_TRUE(jobs.finish("s1", "b", kT0 + seconds(30)));
    EXPECT_FALSE(jobs.finish("s1", "b", kT0 + seconds(30)));
    auto job = jobs.find("s1");
    EXPECT_EQ(job->state, "done");
    EXPECT_EQ(job->attempts, 2);
    EXPECT_EQ(job->posted_at, kT0 + seconds(30));
    EXPECT_EQ(jobs.account_posts_since("u1:x", kT0), 1);
    EXPECT_EQ(jobs.account_posts_since("u1:x", kT0 + seconds(31)), 0);
  });
}

TEST_F(SharingReposTest, AttemptsAreKeptInOrder) {
  insert(share("s1", "u1", "scheduled"));
  db_->write([](Tx& tx) {
    auto& jobs = tx.publish_jobs();
    auto first = jobs.insert_attempt({0, "s1", 1, "w", kT0, {}, {}, "", {}});
    auto second = jobs.insert_attempt({0, "s1", 2, "w", kT0 + seconds(60), {}, {}, "", {}});
    EXPECT_NE(first, second);
    jobs.finish_attempt(first, kT0 + seconds(1), "transient", "HTTP 503", kT0 + seconds(60));
  });
  auto attempts = db_->read_value([](Tx& tx) { return tx.publish_jobs().attempts("s1"); });
  ASSERT_EQ(attempts.size(), 2u);
  EXPECT_EQ(attempts[0].outcome, "transient");
  EXPECT_EQ(attempts[0].detail, "HTTP 503");
  EXPECT_EQ(attempts[0].retry_at, kT0 + seconds(60));
  EXPECT_FALSE(attempts[1].outcome);
}

TEST_F(SharingReposTest, LinksAndClicks) {
  insert(share("s1", "u1", "published"));
  db_->write([](Tx& tx) {
    tx.links().insert(LinkRow{"abc", "s1", "https://example.com/?utm_source=x", kT0});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0, "v1", false, ""});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0, "v1", false, ""});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0, "v2", false, ""});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0, "v3", true, "LinkedInBot"});
  });
  db_->read([](Tx& tx) {
    EXPECT_EQ(tx.links().find("abc")->target_url, "https://example.com/?utm_source=x");
    EXPECT_EQ(tx.links().find_for_share("s1")->code, "abc");
    EXPECT_FALSE(tx.links().find("abd"));
    auto t = tx.links().tally_for_share("s1");
    EXPECT_EQ(t.clicks, 3);
    EXPECT_EQ(t.unique_clicks, 2);
    EXPECT_EQ(t.bot_clicks, 1);
  });
  // A share has one link.
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.links().insert(LinkRow{"other", "s1", "https://example.com/", kT0});
  }),
               Error);
}

TEST_F(SharingReposTest, FactsForTheSummaries) {
  auto s = share("s1", "u1", "published");
  s.published_at = kT0 + seconds(10);
  insert(s);
  insert(share("s2", "u2", "scheduled"));
  db_->write([](Tx& tx) {
    tx.links().insert(LinkRow{"abc", "s1", "https://example.com/", kT0});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0 + seconds(20), "v1", false, ""});
    tx.links().insert_click(ClickRow{"abc", "s1", kT0 + seconds(20), "v9", true, "Slackbot"});
  });
  db_->read([](Tx& tx) {
    std::vector<std::string> published, clicks;
    tx.links().scan_published(kT0, kT0 + seconds(60), std::nullopt,
                              [&](const PublishedFact& f) { published.push_back(f.share_id); });
    tx.links().scan_clicks(kT0, kT0 + seconds(60), std::nullopt,
                           [&](const ClickFact& f) { clicks.push_back(f.visitor); });
    EXPECT_EQ(published, std::vector<std::string>{"s1"});
    EXPECT_EQ(clicks, std::vector<std::string>{"v1"});  // bots apart
    published.clear();
    tx.links().scan_published(kT0, kT0 + seconds(60), std::string("u2"),
                              [&](const PublishedFact& f) { published.push_back(f.share_id); });
    EXPECT_TRUE(published.empty());
    tx.links().scan_published(kT0 + seconds(11), kT0 + seconds(60), std::nullopt,
                              [&](const PublishedFact& f) { published.push_back(f.share_id); });
    EXPECT_TRUE(published.empty());
  });
}

}  // namespace
}  // namespace pv::store::sqlite
