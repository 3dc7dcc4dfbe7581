#include "audit/audit_log.h"

#include <fstream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/sqlite/sqlite_database.h"
#include "support/temp_dir.h"
#include "util/time.h"

namespace pv::audit {
namespace {

class FixedClock final : public Clock {
 public:
  TimePoint now() const override { return from_unix_seconds(1795187045); }
};

class CountingCheckpoint final : public Checkpoint {
 public:
  explicit CountingCheckpoint(Checkpoint& inner) : inner_(inner) {}
  void append(const Head& head) override {
    ++appends;
    inner_.append(head);
  }
  CheckpointRead read() const override { return inner_.read(); }
  int appends = 0;

 private:
  Checkpoint& inner_;
};

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<store::sqlite::SqliteDatabase>(
        store::sqlite::SqliteOptions{dir_.file("pv.db")});
    db_->migrate();
  }
  void record(int n) {
    for (int i = 0; i < n; ++i) {
      db_->write([&](store::Tx& tx) {
        log_.record(tx, Entry{"u1", "test.write", "thing", std::to_string(i), {{"i", i}}});
      });
    }
  }
  // Runs SQL on the database file directly, as someone with the file could.
  void tamper(const std::string& sql) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(dir_.file("pv.db").c_str(), &raw), SQLITE_OK);
    std::string all =
        "DROP TRIGGER IF EXISTS audit_log_no_update;"
        "DROP TRIGGER IF EXISTS audit_log_no_delete;" +
        sql;
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(raw, all.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
    sqlite3_close(raw);
  }

  pv::testing::TempDir dir_;
  std::unique_ptr<store::sqlite::SqliteDatabase> db_;
  FixedClock clock_;
  FileCheckpoint file_{dir_.file("audit.checkpoint"), "audit-key-0123456789abcdef"};
  CountingCheckpoint checkpoint_{file_};
  AuditLog log_{"audit-key-0123456789abcdef", clock_, checkpoint_};
};

TEST_F(AuditLogTest, AnIntactChainVerifies) {
  record(5);
  auto report = log_.verify(*db_);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.entries, 5);
  ASSERT_TRUE(report.head);
  EXPECT_EQ(report.head->seq, 5);
  EXPECT_EQ(report.checkpoint, report.head);
}

TEST_F(AuditLogTest, AnEmptyLogVerifies) {
  auto report = log_.verify(*db_);
  EXPECT_TRUE(report.ok);
  EXPECT_EQ(report.entries, 0);
}

TEST_F(AuditLogTest, OneCheckpointAppendPerCommit) {
  db_->write([&](store::Tx& tx) {
    for (int i = 0; i < 3; ++i)
      log_.record(tx, Entry{"u1", "a", "e", "1", {}});
  });
  EXPECT_EQ(checkpoint_.appends, 1);
  EXPECT_EQ(checkpoint_.read().last()->seq, 3);
}

TEST_F(AuditLogTest, ARolledBackWriteLeavesNoEntryAndNoCheckpoint) {
  record(1);
  EXPECT_THROW(db_->write([&](store::Tx& tx) {
    log_.record(tx, Entry{"u1", "a", "e", "1", {}});
    throw std::runtime_error("refused");
  }),
               std::runtime_error);
  EXPECT_EQ(checkpoint_.appends, 1);
  EXPECT_TRUE(log_.verify(*db_).ok);
}

TEST_F(AuditLogTest, AnAlteredRowIsNamed) {
  record(5);
  tamper("UPDATE audit_log SET data = '{\"i\":99}' WHERE seq = 3");
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 3);
  EXPECT_NE(report.problem.find("altered"), std::string::npos) << report.problem;
}

TEST_F(AuditLogTest, ARemovedRowIsNamed) {
  record(5);
  tamper("DELETE FROM audit_log WHERE seq = 2");
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 2);
}

TEST_F(AuditLogTest, TruncatedNewestRowsAreCaughtByTheCheckpoint) {
  record(5);
  tamper("DELETE FROM audit_log WHERE seq >= 4");
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 4);
  EXPECT_NE(report.problem.find("checkpoint"), std::string::npos) << report.problem;
}

TEST_F(AuditLogTest, TruncationFollowedByNewEntriesIsCaught) {
  record(5);
  tamper("DELETE FROM audit_log WHERE seq >= 4");
  record(2);  // entries 4 and 5 again, with other contents
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 4) << report.problem;
}

TEST_F(AuditLogTest, AChainRewrittenWithoutTheKeyFails) {
  record(3);
  // Someone rewrites every hash with a key of their own: the chain is
  // self-consistent, but not under the real key.
  FileCheckpoint other_file(dir_.file("other.checkpoint"), "not-the-key");
  AuditLog forger("not-the-key", clock_, other_file);
  std::vector<store::AuditRow> rows;
  db_->read([&](store::Tx& tx) { tx.audit().scan([&](const auto& r) { rows.push_back(r); }); });
  std::string prev(64, '0');
  std::string sql;
  for (auto& r : rows) {
    r.prev_hash = prev;
    r.data = "{\"i\":0}";
    r.hash = forger.hash_of(r);
    prev = r.hash;
    sql += "UPDATE audit_log SET data = '" + r.data + "', prev_hash = '" + r.prev_hash +
           "', hash = '" + r.hash + "' WHERE seq = " + std::to_string(r.seq) + ";";
  }
  tamper(sql);
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 1);
}

TEST_F(AuditLogTest, AnEditedCheckpointIsCaught) {
  record(2);
  {
    std::ofstream out(dir_.file("audit.checkpoint"), std::ios::app);
    out << "9 " << std::string(64, 'a') << " " << std::string(64, 'b') << "\n";
  }
  auto report = log_.verify(*db_);
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.problem.find("seal"), std::string::npos) << report.problem;
}

TEST_F(AuditLogTest, SyncCatchesTheCheckpointUpAfterACrash) {
  record(2);
  // A crash between the commit and the checkpoint append: entry 3 exists,
  // the checkpoint still says 2.
  FileCheckpoint blind(dir_.file("unused.checkpoint"), "audit-key-0123456789abcdef");
  AuditLog without_checkpoint("audit-key-0123456789abcdef", clock_, blind);
  db_->write([&](store::Tx& tx) { without_checkpoint.record(tx, Entry{"u1", "a", "e", "3", {}}); });
  EXPECT_EQ(checkpoint_.read().last()->seq, 2);
  EXPECT_TRUE(log_.verify(*db_).ok);  // longer than the checkpoint is fine
  log_.sync_checkpoint(*db_);
  EXPECT_EQ(checkpoint_.read().last()->seq, 3);
  EXPECT_TRUE(log_.verify(*db_).ok);
}

}  // namespace
}  // namespace pv::audit
