#include "store/sqlite/sqlite_database.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/errors.h"
#include "support/temp_dir.h"
#include "util/time.h"

namespace pv::store::sqlite {
namespace {

GroupRow group(const std::string& id, const std::string& name) {
  return GroupRow{id, name, "", from_unix_seconds(1795187045)};
}

class SqliteDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<SqliteDatabase>(SqliteOptions{dir_.file("pv.db")});
    db_->migrate();
  }
  pv::testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_F(SqliteDatabaseTest, MigratesToTheLatestVersionOnce) {
  EXPECT_EQ(db_->schema_version(), db_->latest_schema_version());
  auto again = db_->migrate();
  EXPECT_EQ(again.from_version, again.to_version);
}

TEST(SqliteMigrations, RefuseADatabaseNewerThanTheBinary) {
  pv::testing::TempDir dir;
  {
    SqliteDatabase db(SqliteOptions{dir.file("pv.db")});
    db.migrate();
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(dir.file("pv.db").c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
  SqliteDatabase db(SqliteOptions{dir.file("pv.db")});
  try {
    db.migrate();
    FAIL() << "migrate() accepted a newer schema";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kSchemaTooNew);
  }
}

TEST_F(SqliteDatabaseTest, WriteIsVisibleToLaterReads) {
  db_->write([](Tx& tx) { tx.groups().insert(group("g1", "Montréal")); });
  auto found = db_->read_value([](Tx& tx) { return tx.groups().find("g1"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Montréal");
}

TEST_F(SqliteDatabaseTest, AFailingWriteRollsBackAloneAndRethrows) {
  db_->write([](Tx& tx) { tx.groups().insert(group("g1", "one")); });
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.groups().insert(group("g2", "two"));
    tx.groups().insert(group("g3", "one"));  // unique name: throws
  }),
               Error);
  auto names = db_->read_value([](Tx& tx) { return tx.groups().list().size(); });
  EXPECT_EQ(names, 1u);
}

TEST_F(SqliteDatabaseTest, UniqueViolationIsTyped) {
  db_->write([](Tx& tx) { tx.groups().insert(group("g1", "one")); });
  try {
    db_->write([](Tx& tx) { tx.groups().insert(group("g2", "one")); });
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUniqueViolation);
  }
}

TEST_F(SqliteDatabaseTest, ConcurrentWritersAreBatchedAndIsolated) {
  // Many threads write at once; every tenth one fails after writing. The
  // others must all land, the failing ones must leave nothing.
  constexpr int kThreads = 8;
  constexpr int kPerThread = 50;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        std::string id = std::to_string(t) + "-" + std::to_string(i);
        try {
          db_->write([&](Tx& tx) {
            tx.groups().insert(group(id, "name " + id));
            if (i % 10 == 0) throw std::runtime_error("refused");
          });
        } catch (const std::runtime_error&) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads)
    th.join();
  auto count = db_->read_value([](Tx& tx) { return tx.groups().list().size(); });
  EXPECT_EQ(failures.load(), kThreads * kPerThread / 10);
  EXPECT_EQ(count, static_cast<std::size_t>(kThreads * kPerThread * 9 / 10));
}

TEST_F(SqliteDatabaseTest, OnCommitRunsOnlyAfterCommit) {
  int committed = 0;
  db_->write([&](Tx& tx) { tx.on_commit([&] { ++committed; }); });
  EXPECT_EQ(committed, 1);
  EXPECT_THROW(db_->write([&](Tx& tx) {
    tx.on_commit([&] { ++committed; });
    throw std::runtime_error("no");
  }),
               std::runtime_error);
  EXPECT_EQ(committed, 1);
}

TEST_F(SqliteDatabaseTest, NestedWriteFailsInsteadOfDeadlocking) {
  EXPECT_THROW(db_->write([&](Tx&) { db_->write([](Tx&) {}); }), std::logic_error);
}

TEST_F(SqliteDatabaseTest, ReadsCannotWrite) {
  EXPECT_THROW(db_->read([](Tx& tx) { tx.groups().insert(group("g1", "one")); }), Error);
}

TEST_F(SqliteDatabaseTest, AcknowledgedWritesSurviveReopening) {
  db_->write([](Tx& tx) { tx.groups().insert(group("g1", "one")); });
  db_.reset();
  SqliteDatabase reopened(SqliteOptions{dir_.file("pv.db")});
  EXPECT_TRUE(reopened.read_value([](Tx& tx) { return tx.groups().find("g1"); }));
}

}  // namespace
}  // namespace pv::store::sqlite
