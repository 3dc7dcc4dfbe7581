// The audit log over HTTP and from the command line: it verifies, and stops
// verifying when someone with the database file alters or truncates it.
#include <sqlite3.h>

#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

class AuditTest : public AppFixture {
 protected:
  void SetUp() override {
    start();
    auto admin = sign_in(admin_email_);
    for (const char* name : {"Laval", "Québec", "Gatineau", "Sherbrooke"}) {
      ASSERT_EQ(admin.send("POST", "/api/v1/groups", {{"name", name}}).status, 201);
    }
    token_ = bearer_token(admin_email_);
  }
  nlohmann::json verify() {
    auto r = client()->get("/api/v1/audit/verify", bearer(token_));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  void tamper(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(server_->database_file().c_str(), &db), SQLITE_OK);
    std::string all =
        "DROP TRIGGER IF EXISTS audit_log_no_update; "
        "DROP TRIGGER IF EXISTS audit_log_no_delete; " +
        sql;
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, all.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
    sqlite3_close(db);
  }
  std::string token_;
};

TEST_F(AuditTest, ChangesAreRecordedWithTheirActor) {
  auto r = client()->get("/api/v1/audit?entity=group", bearer(token_));
  ASSERT_EQ(r.status, 200) << r.body;
  auto items = r.json()["items"];
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0]["action"], "group.create");
  EXPECT_EQ(items[0]["data"]["name"], "Laval");
  EXPECT_FALSE(items[0]["actor"].get<std::string>().empty());
  for (const char* key : {"seq", "at", "entity", "entity_id", "hash", "prev_hash"}) {
    EXPECT_TRUE(items[0].contains(key)) << key;
  }
  auto page = client()->get("/api/v1/audit?limit=2", bearer(token_)).json();
  ASSERT_EQ(page["items"].size(), 2u);
  auto next = client()
                  ->get("/api/v1/audit?limit=2&cursor=" + page["next_cursor"].get<std::string>(),
                        bearer(token_))
                  .json();
  EXPECT_EQ(next["items"][0]["seq"], page["items"][1]["seq"].get<int>() + 1);
}

TEST_F(AuditTest, AnIntactLogVerifies) {
  auto report = verify();
  EXPECT_EQ(report["ok"], true) << report;
  EXPECT_GE(report["entries"].get<int>(), 6);  // user, logins, groups, token
  EXPECT_EQ(report["head"]["seq"], report["entries"]);
  auto cli = server_->run({"audit", "verify"});
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
}

TEST_F(AuditTest, AnAlteredRowFailsAndIsNamed) {
  tamper("UPDATE audit_log SET data = '{\"name\":\"Montreal\"}' WHERE seq = 3");
  auto report = verify();
  EXPECT_EQ(report["ok"], false) << report;
  EXPECT_EQ(report["broken"]["seq"], 3) << report;
  auto cli = server_->run({"audit", "verify"});
  EXPECT_EQ(cli.exit_code, 1);
  EXPECT_NE(cli.err.find("entry 3"), std::string::npos) << cli.err;
}

TEST_F(AuditTest, TruncatedNewestRowsFail) {
  auto before = verify();
  int head = before["head"]["seq"];
  tamper("DELETE FROM audit_log WHERE seq > " + std::to_string(head - 2));
  auto report = verify();
  EXPECT_EQ(report["ok"], false) << report;
  EXPECT_EQ(report["broken"]["seq"], head - 1) << report;
  EXPECT_NE(server_->run({"audit", "verify"}).exit_code, 0);
}

}  // namespace
}  // namespace pv::testing
