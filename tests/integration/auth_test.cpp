// Signing in and out, sessions, CSRF, tokens and deactivation, over HTTP
// against the real server.
#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

class AuthTest : public AppFixture {
 protected:
  void SetUp() override { start(); }
};

TEST_F(AuthTest, SignInMeAndSignOut) {
  auto c = client();
  auto login =
      c->post_json("/api/v1/auth/login", {{"email", admin_email_}, {"password", kPassword}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.json()["user"]["email"], admin_email_);
  EXPECT_FALSE(login.json()["user"].contains("password_hash"));
  auto set_cookie = login.header("Set-Cookie").value_or("");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos) << set_cookie;
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos) << "served over plain HTTP";

  auto me = c->get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["email"], admin_email_);
  EXPECT_EQ(me.json()["roles"], nlohmann::json::array({"admin"}));
  for (const char* key : {"id", "name", "function", "groups", "region", "language", "tags"}) {
    EXPECT_TRUE(me.json().contains(key)) << key;
  }

  std::string csrf = login.json()["csrf_token"];
  auto out = c->request("POST", "/api/v1/auth/logout", {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.status, 204);
  EXPECT_EQ(c->get("/api/v1/me").status, 401);
}

TEST_F(AuthTest, TheSessionEndsServerSideAtLogout) {
  auto s = sign_in(admin_email_);
  std::string cookie = *s.client->cookie("pv_session");
  EXPECT_EQ(s.send("POST", "/api/v1/auth/logout").status, 204);
  // Replaying the old cookie does not bring the session back.
  auto other = client();
  other->set_cookie("pv_session", cookie);
  EXPECT_EQ(other->get("/api/v1/me").status, 401);
}

TEST_F(AuthTest, SignInRotatesTheSessionId) {
  auto s = sign_in(admin_email_);
  std::string first = *s.client->cookie("pv_session");
  auto again =
      s.client->post_json("/api/v1/auth/login", {{"email", admin_email_}, {"password", kPassword}});
  ASSERT_EQ(again.status, 200);
  std::string second = *s.client->cookie("pv_session");
  EXPECT_NE(first, second);
  auto stale = client();
  stale->set_cookie("pv_session", first);
  EXPECT_EQ(stale->get("/api/v1/me").status, 401);
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailGetTheSameReply) {
  auto c = client();
  auto wrong =
      c->post_json("/api/v1/auth/login", {{"email", admin_email_}, {"password", "nope nope nope"}});
  auto unknown = c->post_json("/api/v1/auth/login",
                              {{"email", "ghost@test.example"}, {"password", "nope nope nope"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json()["error"]["code"], "invalid_credentials");
  EXPECT_EQ(wrong.json()["error"]["message"], unknown.json()["error"]["message"]);
}

TEST_F(AuthTest, RepeatedFailuresGet429WithRetryAfter) {
  auto c = client();
  for (const std::string& email : {std::string("ghost@test.example"), admin_email_}) {
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(
          c->post_json("/api/v1/auth/login", {{"email", email}, {"password", "wrong wrong!!"}})
              .status,
          401);
    }
    auto locked = c->post_json("/api/v1/auth/login", {{"email", email}, {"password", kPassword}});
    EXPECT_EQ(locked.status, 429) << email;
    EXPECT_EQ(locked.json()["error"]["code"], "throttled");
    int retry_after = std::stoi(locked.header("Retry-After").value_or("0"));
    EXPECT_GT(retry_after, 0);
    EXPECT_LE(retry_after, 15 * 60);
  }
}

TEST_F(AuthTest, CookieStateChangesNeedTheCsrfToken) {
  auto s = sign_in(admin_email_);
  auto without = s.client->post_json("/api/v1/groups", {{"name", "Laval"}});
  EXPECT_EQ(without.status, 403);
  EXPECT_EQ(without.json()["error"]["code"], "csrf");
  auto wrong =
      s.client->post_json("/api/v1/groups", {{"name", "Laval"}}, {{"X-CSRF-Token", "forged"}});
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(s.send("POST", "/api/v1/groups", {{"name", "Laval"}}).status, 201);
  // Reads need none.
  EXPECT_EQ(s.client->get("/api/v1/groups").status, 200);
}

TEST_F(AuthTest, BearerTokensNeedNoCsrfAndCanBeRevoked) {
  auto s = sign_in(admin_email_);
  auto created = s.send("POST", "/api/v1/tokens", {{"name", "ci"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string token = created.json()["token"];
  std::string id = created.json()["id"];
  auto c = client();
  EXPECT_EQ(c->get("/api/v1/me", bearer(token)).status, 200);
  EXPECT_EQ(c->post_json("/api/v1/groups", {{"name", "Québec"}}, bearer(token)).status, 201);
  // The token is shown once: the list does not carry it.
  auto list = s.client->get("/api/v1/tokens");
  EXPECT_EQ(list.body.find(token), std::string::npos);
  EXPECT_EQ(s.send("DELETE", "/api/v1/tokens/" + id).status, 204);
  EXPECT_EQ(c->get("/api/v1/me", bearer(token)).status, 401);
  EXPECT_EQ(c->get("/api/v1/me", bearer("pv_not-a-token")).status, 401);
}

TEST_F(AuthTest, DeactivationEndsSessionsAndTokensAtOnce) {
  std::string id = add_user("ana@test.example", {"advisor"});
  auto ana = sign_in("ana@test.example");
  auto token =
      ana.send("POST", "/api/v1/tokens", {{"name", "phone"}}).json()["token"].get<std::string>();
  auto admin = sign_in(admin_email_);
  auto patched = admin.send("PATCH", "/api/v1/users/" + id, {{"active", false}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["active"], false);
  EXPECT_EQ(ana.client->get("/api/v1/me").status, 401);
  EXPECT_EQ(client()->get("/api/v1/me", bearer(token)).status, 401);
  auto login = client()->post_json("/api/v1/auth/login",
                                   {{"email", "ana@test.example"}, {"password", kPassword}});
  EXPECT_EQ(login.status, 401);
}

TEST_F(AuthTest, UsersAreCreatedWithTheirFieldsAndChecked) {
  auto admin = sign_in(admin_email_);
  auto group = admin.send("POST", "/api/v1/groups", {{"name", "Montréal"}}).json();
  auto created = admin.send("POST", "/api/v1/users",
                            {{"email", "Bo@Test.example"},
                             {"name", "Bo Tremblay"},
                             {"password", kPassword},
                             {"roles", {"advisor"}},
                             {"function", "banker"},
                             {"groups", {group["id"]}},
                             {"region", "QC"},
                             {"language", "fr-CA"},
                             {"tags", {"registered"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["email"], "bo@test.example");
  EXPECT_EQ(created.json()["groups"], nlohmann::json::array({group["id"]}));
  auto again = admin.send("POST", "/api/v1/users",
                          {{"email", "bo@test.example"},
                           {"name", "B"},
                           {"password", kPassword},
                           {"roles", {"advisor"}}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["code"], "email_taken");
  auto weak = admin.send("POST", "/api/v1/users",
                         {{"email", "cy@test.example"},
                          {"name", "C"},
                          {"password", "short pass"},
                          {"roles", {"advisor"}}});
  EXPECT_EQ(weak.status, 422);
  EXPECT_TRUE(weak.json()["error"]["details"]["fields"].contains("password")) << weak.body;
}

}  // namespace
}  // namespace pv::testing

namespace pv::testing {
namespace {

class ProxiedAuthTest : public AppFixture {
 protected:
  void SetUp() override { start({{"server", {{"trust_forwarded_for", true}}}}); }
};

TEST_F(ProxiedAuthTest, BehindAProxyTheThrottleCountsPerRealClient) {
  auto c = client();
  auto attempt = [&](const std::string& client_ip, const std::string& email) {
    return c->post_json("/api/v1/auth/login", {{"email", email}, {"password", "wrong password"}},
                        {{"X-Forwarded-For", "10.9.9.9, " + client_ip}});
  };
  // 20 failures from one client, each on another e-mail: that client is locked...
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(attempt("203.0.113.7", "u" + std::to_string(i) + "@test.example").status, 401);
  }
  EXPECT_EQ(attempt("203.0.113.7", "fresh@test.example").status, 429);
  // ...and the others, behind the same proxy, are not.
  EXPECT_EQ(attempt("198.51.100.4", "fresh@test.example").status, 401);
}

}  // namespace
}  // namespace pv::testing
