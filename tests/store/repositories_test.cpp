// Each SQLite repository: what it writes, it reads back the same.
#include <gtest/gtest.h>

#include "store/errors.h"
#include "store/sqlite/sqlite_database.h"
#include "support/temp_dir.h"
#include "util/time.h"

namespace pv::store::sqlite {
namespace {

const TimePoint kT0 = from_unix_seconds(1795187045);

class RepositoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<SqliteDatabase>(SqliteOptions{dir_.file("pv.db")});
    db_->migrate();
    db_->write([](Tx& tx) {
      tx.groups().insert(GroupRow{"g1", "Montréal", "Island branches", kT0});
      tx.groups().insert(GroupRow{"g2", "Toronto", "", kT0});
    });
  }
  UserRow user(const std::string& id, const std::string& email) {
    return UserRow{id,        email,  "Name " + id, "$argon2id$hash", {"advisor"},
                   "advisor", {"g1"}, "QC",         "fr-CA",          {"registered"},
                   true,      kT0,    kT0};
  }
  pv::testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_F(RepositoriesTest, UsersRoundTripWithGroups) {
  auto u = user("u1", "ana@example.com");
  u.roles = {"advisor", "marketing"};
  u.groups = {"g1", "g2"};
  db_->write([&](Tx& tx) { tx.users().insert(u); });
  auto back = db_->read_value([](Tx& tx) { return tx.users().find_by_email("ana@example.com"); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->id, "u1");
  EXPECT_EQ(back->roles, u.roles);
  EXPECT_EQ(back->groups, u.groups);
  EXPECT_EQ(back->tags, u.tags);
  EXPECT_EQ(back->region, "QC");
  EXPECT_EQ(back->created_at, kT0);

  back->groups = {"g2"};
  back->active = false;
  db_->write([&](Tx& tx) { tx.users().update(*back); });
  auto again = db_->read_value([](Tx& tx) { return tx.users().find("u1"); });
  EXPECT_EQ(again->groups, std::vector<std::string>{"g2"});
  EXPECT_FALSE(again->active);
}

TEST_F(RepositoriesTest, UserEmailIsUniqueAndGroupsMustExist) {
  db_->write([&](Tx& tx) { tx.users().insert(user("u1", "ana@example.com")); });
  try {
    db_->write([&](Tx& tx) { tx.users().insert(user("u2", "ana@example.com")); });
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUniqueViolation);
  }
  auto u = user("u3", "bo@example.com");
  u.groups = {"no-such-group"};
  EXPECT_THROW(db_->write([&](Tx& tx) { tx.users().insert(u); }), Error);
}

TEST_F(RepositoriesTest, UsersListPagesById) {
  db_->write([&](Tx& tx) {
    for (const char* id : {"u1", "u2", "u3"})
      tx.users().insert(user(id, std::string(id) + "@x.ca"));
  });
  auto first = db_->read_value([](Tx& tx) { return tx.users().list(std::nullopt, 2); });
  ASSERT_EQ(first.size(), 2u);
  auto rest = db_->read_value([&](Tx& tx) { return tx.users().list(first.back().id, 2); });
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].id, "u3");
  EXPECT_EQ(db_->read_value([](Tx& tx) { return tx.users().count(); }), 3);
}

TEST_F(RepositoriesTest, SessionsTouchExpireAndDie) {
  db_->write([&](Tx& tx) {
    tx.users().insert(user("u1", "ana@example.com"));
    tx.sessions().insert(SessionRow{"h1", "u1", "csrf", kT0, kT0, kT0 + std::chrono::hours(1)});
    tx.sessions().insert(SessionRow{"h2", "u1", "csrf2", kT0, kT0, kT0 + std::chrono::hours(9)});
  });
  db_->write([&](Tx& tx) {
    tx.sessions().touch("h1", kT0 + std::chrono::minutes(5), kT0 + std::chrono::hours(2));
  });
  auto s = db_->read_value([](Tx& tx) { return tx.sessions().find("h1"); });
  ASSERT_TRUE(s);
  EXPECT_EQ(s->expires_at, kT0 + std::chrono::hours(2));
  EXPECT_EQ(s->csrf_token, "csrf");
  db_->write([&](Tx& tx) { tx.sessions().remove_expired(kT0 + std::chrono::hours(3)); });
  EXPECT_FALSE(db_->read_value([](Tx& tx) { return tx.sessions().find("h1"); }));
  db_->write([&](Tx& tx) { tx.sessions().remove_for_user("u1"); });
  EXPECT_FALSE(db_->read_value([](Tx& tx) { return tx.sessions().find("h2"); }));
}

TEST_F(RepositoriesTest, TokensByHash) {
  db_->write([&](Tx& tx) {
    tx.users().insert(user("u1", "ana@example.com"));
    tx.tokens().insert(TokenRow{"t1", "u1", "ci", "hash1", kT0, std::nullopt});
  });
  auto t = db_->read_value([](Tx& tx) { return tx.tokens().find_by_hash("hash1"); });
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->last_used_at);
  db_->write([&](Tx& tx) { tx.tokens().mark_used("t1", kT0); });
  EXPECT_EQ(db_->read_value([](Tx& tx) { return tx.tokens().find("t1"); })->last_used_at, kT0);
  db_->write([&](Tx& tx) { tx.tokens().remove("t1"); });
  EXPECT_TRUE(db_->read_value([](Tx& tx) { return tx.tokens().list_for_user("u1"); }).empty());
}

TEST_F(RepositoriesTest, LoginThrottleUpserts) {
  db_->write([&](Tx& tx) { tx.login_throttle().put({"email:a", 1, kT0, std::nullopt}); });
  db_->write([&](Tx& tx) { tx.login_throttle().put({"email:a", 5, kT0, kT0}); });
  auto row = db_->read_value([](Tx& tx) { return tx.login_throttle().find("email:a"); });
  ASSERT_TRUE(row);
  EXPECT_EQ(row->failures, 5);
  EXPECT_EQ(row->locked_until, kT0);
}

TEST_F(RepositoriesTest, IdempotencyKeysPerUser) {
  db_->write([&](Tx& tx) {
    tx.idempotency().insert({"u1", "k", "rh", 201, "{}", kT0});
    tx.idempotency().insert({"u2", "k", "rh2", 201, "{}", kT0 + std::chrono::hours(30)});
  });
  EXPECT_EQ(db_->read_value([](Tx& tx) { return tx.idempotency().find("u2", "k"); })->request_hash,
            "rh2");
  db_->write([&](Tx& tx) { tx.idempotency().remove_before(kT0 + std::chrono::hours(24)); });
  EXPECT_FALSE(db_->read_value([](Tx& tx) { return tx.idempotency().find("u1", "k"); }));
  EXPECT_TRUE(db_->read_value([](Tx& tx) { return tx.idempotency().find("u2", "k"); }));
}

TEST_F(RepositoriesTest, AuditLogIsAppendOnlyAndFiltered) {
  db_->write([&](Tx& tx) {
    tx.audit().append({1, "2026-11-20T15:04:05.000Z", "system", "user.create", "user", "u1", "{}",
                       std::string(64, '0'), "h1"});
    tx.audit().append(
        {2, "2026-11-20T15:04:06.000Z", "u1", "auth.login", "session", "u1", "{}", "h1", "h2"});
  });
  EXPECT_EQ(db_->read_value([](Tx& tx) { return tx.audit().head(); })->seq, 2);
  AuditFilter f;
  f.entity = "session";
  auto rows = db_->read_value([&](Tx& tx) { return tx.audit().list(f); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].action, "auth.login");
  // The store itself refuses to change history.
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.audit().append({2, "", "", "", "", "", "", "", ""});
  }),
               Error);
}

}  // namespace
}  // namespace pv::store::sqlite
