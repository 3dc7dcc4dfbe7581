#include "integration/app_fixture.h"

namespace pv::testing {

HttpResponse SignedIn::send(const std::string& method, const std::string& target,
                            const nlohmann::json& body) {
  HeaderList headers = {{"X-CSRF-Token", csrf}};
  if (body.is_null()) return client->request(method, target, headers);
  headers.emplace_back("Content-Type", "application/json");
  return client->request(method, target, headers, body.dump());
}

void AppFixture::start(const nlohmann::json& config) {
  server_ = std::make_unique<ServerProcess>(dir_.path() / "data", config);
  auto added = server_->run({"user", "add", "--email", admin_email_, "--name", "Test Admin",
                             "--role", "admin", "--password-stdin"},
                            kPassword + "\n");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  server_->start();
}

void AppFixture::TearDown() {
  if (server_ && server_->running()) {
    EXPECT_EQ(server_->stop(), 0) << server_->log();
  }
}

std::unique_ptr<HttpClient> AppFixture::client() const {
  return std::make_unique<HttpClient>(server_->address());
}

SignedIn AppFixture::sign_in(const std::string& email, const std::string& password) const {
  SignedIn s{client(), "", ""};
  auto r = s.client->post_json("/api/v1/auth/login", {{"email", email}, {"password", password}});
  EXPECT_EQ(r.status, 200) << r.body;
  if (r.status == 200) {
    s.csrf = r.json()["csrf_token"];
    s.user_id = r.json()["user"]["id"];
  }
  return s;
}

std::string AppFixture::add_user(const std::string& email, const std::vector<std::string>& roles,
                                 const nlohmann::json& extra) {
  auto admin = sign_in(admin_email_);
  nlohmann::json body = {
      {"email", email}, {"name", "User " + email}, {"password", kPassword}, {"roles", roles}};
  if (!extra.is_null()) body.update(extra);  // `{}` in a braced list is null
  auto r = admin.send("POST", "/api/v1/users", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? r.json()["id"].get<std::string>() : "";
}

std::string AppFixture::bearer_token(const std::string& email) {
  auto s = sign_in(email);
  auto r = s.send("POST", "/api/v1/tokens", {{"name", "test"}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.json()["token"];
}

HeaderList bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

}  // namespace pv::testing
