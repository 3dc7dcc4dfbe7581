// A real SQLite store, migrated, with the audit log, a fake clock and an
// advisor: for the tests of what sharing keeps in the store.
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "store/sqlite/sqlite_database.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"
#include "util/ids.h"
#include "util/time.h"

namespace pv::testing {

class SharingStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = open();
    db_->migrate();
    checkpoint_ = std::make_unique<audit::FileCheckpoint>(dir_.file("pv.audit-checkpoint"),
                                                          std::string(32, 'k'));
    audit_ = std::make_unique<audit::AuditLog>(std::string(32, 'k'), clock_, *checkpoint_);
    add_user("u1");
  }

  // Another connection set on the same file, as a second server has.
  std::unique_ptr<store::sqlite::SqliteDatabase> open() {
    return std::make_unique<store::sqlite::SqliteDatabase>(
        store::sqlite::SqliteOptions{dir_.file("pv.db")});
  }

  void add_user(const std::string& id) {
    db_->write([&](store::Tx& tx) {
      tx.users().insert(store::UserRow{id,
                                       id + "@example.com",
                                       "Advisor " + id,
                                       "$argon2id$x",
                                       {"advisor"},
                                       "advisor",
                                       {},
                                       "QC",
                                       "fr-CA",
                                       {},
                                       true,
                                       clock_.now(),
                                       clock_.now()});
    });
  }

  // A share row as the share service stores it.
  store::ShareRow share(const std::string& user_id, const std::string& status,
                        const std::string& network = "linkedin", bool promotional = false) {
    store::ShareRow s;
    s.id = new_id(clock_.now());
    s.user_id = user_id;
    s.content_id = "c1";
    s.content_version = 1;
    s.network = network;
    s.status = status;
    s.caption = "Nos perspectives";
    s.origin = "library";
    s.text = "Nos perspectives";
    s.verdict = R"({"verdict":"allow"})";
    s.verdict_action = "allow";
    s.charter_version_id = 1;
    s.promotional = promotional;
    s.scheduled_at = clock_.now();
    s.account_id = "acct-" + user_id + "-" + network;
    s.created_at = clock_.now();
    s.updated_at = clock_.now();
    return s;
  }

  TempDir dir_;
  FakeClock clock_{*parse_time("2026-11-20T15:00:00Z")};
  std::unique_ptr<store::sqlite::SqliteDatabase> db_;
  std::unique_ptr<audit::FileCheckpoint> checkpoint_;
  std::unique_ptr<audit::AuditLog> audit_;
};

}  // namespace pv::testing
