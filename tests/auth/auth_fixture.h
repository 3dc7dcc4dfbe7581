// A real SQLite store in a temporary directory, with the audit log and the
// account services over it, and a clock the test moves.
#pragma once

#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "auth/auth_service.h"
#include "auth/user_service.h"
#include "store/sqlite/sqlite_database.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"
#include "util/crypto.h"

namespace pv::auth {

class AuthFixture : public ::testing::Test {
 protected:
  AuthFixture() {
    crypto::init();
    db_.migrate();
  }
  User add_user(const std::string& email, std::vector<std::string> roles = {"advisor"}) {
    NewUser u;
    u.email = email;
    u.name = "Test " + email;
    u.password = "correct horse battery";
    u.roles = std::move(roles);
    return users_.create_user("system", u).value();
  }

  pv::testing::TempDir dir_;
  pv::testing::FakeClock clock_;
  store::sqlite::SqliteDatabase db_{store::sqlite::SqliteOptions{dir_.file("pv.db")}};
  audit::FileCheckpoint checkpoint_{dir_.file("audit.checkpoint"), "k"};
  audit::AuditLog audit_{"k", clock_, checkpoint_};
  UserService users_{db_, audit_, clock_};
  AuthService auth_{db_, audit_, clock_, SessionOptions{}, ThrottleOptions{}};
};

}  // namespace pv::auth
