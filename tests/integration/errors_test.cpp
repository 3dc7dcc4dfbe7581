// Bad input gets a clear error in API.md's shape and changes nothing.
#include "integration/app_fixture.h"
#include "support/raw_connection.h"

namespace pv::testing {
namespace {

class ErrorsTest : public AppFixture {
 protected:
  void SetUp() override { start({{"server", {{"body_limit_bytes", 4096}}}}); }

  // The error shape of API.md, and the headers every response carries.
  static void expect_error(const HttpResponse& r, int status, const std::string& code) {
    EXPECT_EQ(r.status, status) << r.body;
    auto body = r.json();
    EXPECT_EQ(body["error"]["code"], code) << r.body;
    EXPECT_TRUE(body["error"]["message"].is_string());
    EXPECT_TRUE(body["error"]["details"].is_object());
    EXPECT_EQ(body["error"]["request_id"], r.header("X-Request-Id").value_or("missing"));
    EXPECT_TRUE(r.header("Content-Security-Policy")) << "security headers on errors too";
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  }
  size_t group_count(SignedIn& admin) {
    return admin.client->get("/api/v1/groups").json()["items"].size();
  }
};

TEST_F(ErrorsTest, MalformedJsonIs400) {
  auto admin = sign_in(admin_email_);
  auto r = admin.client->request(
      "POST", "/api/v1/groups",
      {{"X-CSRF-Token", admin.csrf}, {"Content-Type", "application/json"}}, "{\"name\": \"Laval\"");
  expect_error(r, 400, "malformed_json");
  EXPECT_EQ(group_count(admin), 0u);
}

TEST_F(ErrorsTest, InvalidUtf8Is400) {
  auto admin = sign_in(admin_email_);
  auto r =
      admin.client->request("POST", "/api/v1/groups",
                            {{"X-CSRF-Token", admin.csrf}, {"Content-Type", "application/json"}},
                            "{\"name\": \"Lav\xC3\x28l\"}");
  expect_error(r, 400, "malformed_json");
}

TEST_F(ErrorsTest, WrongTypesAre422NamingEachField) {
  auto admin = sign_in(admin_email_);
  auto r = admin.send("POST", "/api/v1/users",
                      {{"email", 42},
                       {"name", "X"},
                       {"password", kPassword},
                       {"roles", "admin"},
                       {"colour", "red"}});
  expect_error(r, 422, "invalid_fields");
  auto fields = r.json()["error"]["details"]["fields"];
  EXPECT_TRUE(fields.contains("email")) << r.body;
  EXPECT_TRUE(fields.contains("roles")) << r.body;
  EXPECT_EQ(fields["colour"], "unknown field") << r.body;
  EXPECT_EQ(admin.client->get("/api/v1/users").json()["items"].size(), 1u);
}

TEST_F(ErrorsTest, ABodyThatIsNotJsonIs415) {
  auto admin = sign_in(admin_email_);
  auto r = admin.client->request("POST", "/api/v1/groups",
                                 {{"X-CSRF-Token", admin.csrf}, {"Content-Type", "text/plain"}},
                                 "name=Laval");
  expect_error(r, 415, "unsupported_media_type");
}

TEST_F(ErrorsTest, OversizedBodyIs413) {
  auto admin = sign_in(admin_email_);
  nlohmann::json body = {{"name", "Laval"}, {"description", std::string(5000, 'x')}};
  auto r = admin.send("POST", "/api/v1/groups", body);
  expect_error(r, 413, "body_too_large");
  EXPECT_EQ(sign_in(admin_email_).client->get("/api/v1/groups").json()["items"].size(), 0u);
}

TEST_F(ErrorsTest, UnknownRouteIs404Json) {
  auto c = client();
  expect_error(c->get("/api/v1/nothing-here"), 404, "not_found");
  expect_error(c->get("/api/v2/users"), 404, "not_found");
  expect_error(c->get("/no-such-page.html"), 404, "not_found");
}

TEST_F(ErrorsTest, WrongMethodIs405WithAllow) {
  auto r = client()->request("DELETE", "/api/v1/me");
  expect_error(r, 405, "method_not_allowed");
  EXPECT_EQ(r.header("Allow"), "GET, HEAD");
}

TEST_F(ErrorsTest, NotSignedInIs401) {
  expect_error(client()->get("/api/v1/users"), 401, "unauthorized");
}

TEST_F(ErrorsTest, StaticFilesAreServedWithTypesAndNeverEscapeTheRoot) {
  auto c = client();
  auto index = c->get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("Content-Type"), "text/html; charset=utf-8");
  auto js = c->get("/app.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.header("Content-Type").value_or("").find("javascript"), std::string::npos);
  EXPECT_TRUE(js.header("ETag"));
  for (const char* target :
       {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/..%2fCMakeLists.txt",
        "/static/../../etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..\\CMakeLists.txt"}) {
    // Sent raw: an HTTP client library would normalise the dots away.
    RawConnection raw(server_->address());
    raw.send(std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    std::string reply = raw.read_until_closed(std::chrono::seconds(5)).data;
    EXPECT_EQ(reply.rfind("HTTP/1.1 200", 0), std::string::npos) << target << "\n" << reply;
    EXPECT_EQ(reply.find("project(portevoix"), std::string::npos) << target;
    EXPECT_EQ(reply.find("root:x:0:0"), std::string::npos) << target;
  }
}

TEST_F(ErrorsTest, EveryResponseCarriesARequestId) {
  auto c = client();
  auto a = c->get("/healthz");
  auto b = c->get("/healthz", {{"X-Request-Id", "trace-123"}});
  EXPECT_TRUE(a.header("X-Request-Id"));
  EXPECT_EQ(b.header("X-Request-Id"), "trace-123");
  EXPECT_NE(a.header("Content-Security-Policy").value_or("").find("frame-ancestors 'none'"),
            std::string::npos);
}

}  // namespace
}  // namespace pv::testing
