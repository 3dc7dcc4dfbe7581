// Running the server: configuration errors, migrations, health and metrics,
// graceful shutdown, idempotency keys.
#include <fstream>
#include <thread>

#include <sqlite3.h>

#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

class OperationsTest : public AppFixture {};

TEST_F(OperationsTest, InvalidConfigurationIsRefusedNamingTheKey) {
  ServerProcess server(dir_.path() / "bad",
                       {{"server", {{"worker_threads", 0}}}, {"colour", "red"}});
  auto r = server.run({"migrate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("server.worker_threads"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("colour: unknown key"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(server.database_file()));
}

TEST_F(OperationsTest, MissingSecretsAreRefused) {
  ServerProcess server(dir_.path() / "nosecret", {{"secrets", {{"token_key", nullptr}}}});
  auto r = server.run({"migrate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("secrets.token_key"), std::string::npos) << r.err;
}

TEST_F(OperationsTest, FlagsOverrideTheFile) {
  ServerProcess server(dir_.path() / "flags");
  auto other = (dir_.path() / "elsewhere.db").string();
  auto r = server.run({"migrate", "--database", other});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(other));
  EXPECT_FALSE(std::filesystem::exists(server.database_file()));
}

TEST_F(OperationsTest, RefusesADatabaseNewerThanTheBinary) {
  start();
  server_->stop();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(server_->database_file().c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 9999", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_THROW(server_->start(), std::runtime_error);
  EXPECT_NE(server_->log().find("newer than this Porte-voix"), std::string::npos) << server_->log();
}

TEST_F(OperationsTest, HealthReadinessAndMetrics) {
  start();
  auto c = client();
  EXPECT_EQ(c->get("/healthz").status, 200);
  auto ready = c->get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json()["status"], "ready");
  c->get("/api/v1/me");
  auto metrics = c->get("/metrics");
  ASSERT_EQ(metrics.status, 200);
  EXPECT_NE(
      metrics.body.find(
          "portevoix_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"401\"} 1"),
      std::string::npos)
      << metrics.body;
  EXPECT_NE(metrics.body.find("portevoix_http_request_duration_seconds_bucket"), std::string::npos);
}

TEST_F(OperationsTest, SigtermFinishesAndExitsZero) {
  start();
  auto c = client();
  EXPECT_EQ(c->get("/healthz").status, 200);
  EXPECT_EQ(server_->stop(SIGTERM), 0) << server_->log();
  EXPECT_NE(server_->log().find("Porte-voix stopped"), std::string::npos);
}

TEST_F(OperationsTest, IdempotencyKeysReturnTheFirstResult) {
  start();
  auto admin = sign_in(admin_email_);
  HeaderList headers = {{"X-CSRF-Token", admin.csrf},
                        {"Content-Type", "application/json"},
                        {"Idempotency-Key", "create-laval"}};
  auto first = admin.client->request("POST", "/api/v1/groups", headers, R"({"name":"Laval"})");
  auto second = admin.client->request("POST", "/api/v1/groups", headers, R"({"name":"Laval"})");
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(first.json()["id"], second.json()["id"]);
  EXPECT_EQ(second.header("Idempotent-Replayed"), "true");
  auto different = admin.client->request("POST", "/api/v1/groups", headers, R"({"name":"Lévis"})");
  EXPECT_EQ(different.status, 422);
  EXPECT_EQ(different.json()["error"]["code"], "idempotency_mismatch");
  EXPECT_EQ(admin.client->get("/api/v1/groups").json()["items"].size(), 1u);
  // Another user may use the same key for their own request.
  add_user("other@test.example", {"admin"});
  auto other = sign_in("other@test.example");
  headers[0].second = other.csrf;
  EXPECT_EQ(other.client->request("POST", "/api/v1/groups", headers, R"({"name":"Lévis"})").status,
            201);
}

TEST_F(OperationsTest, TheFirstAdminComesFromTheCommandLine) {
  start();
  auto weak = server_->run({"user", "add", "--email", "x@test.example", "--name", "X", "--role",
                            "admin", "--password-stdin"},
                           "short\n");
  EXPECT_NE(weak.exit_code, 0);
  EXPECT_NE(weak.err.find("password"), std::string::npos) << weak.err;
  auto ok = server_->run({"user", "add", "--email", "y@test.example", "--name", "Y", "--role",
                          "compliance", "--password-stdin"},
                         kPassword + "\n");
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(sign_in("y@test.example").client->get("/api/v1/me").json()["roles"],
            nlohmann::json::array({"compliance"}));
}

}  // namespace
}  // namespace pv::testing
