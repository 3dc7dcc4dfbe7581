// Every route against every role (and no sign-in at all): the permission
// table of API.md, tested as a matrix. A route added to the server without
// being added here fails the test.
#include <set>

#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

struct RouteRule {
  const char* method;
  const char* pattern;            // as the server registers it
  const char* target;             // what the test requests (ids filled with dummies)
  std::set<std::string> allowed;  // roles; {"anyone"} or {"signed_in"} for those
};

const std::vector<RouteRule>& expected_routes() {
  static const std::vector<RouteRule> kRules = {
      {"GET", "/healthz", "/healthz", {"anyone"}},
      {"GET", "/readyz", "/readyz", {"anyone"}},
      {"GET", "/metrics", "/metrics", {"anyone"}},
      {"GET", "/api/v1/openapi.json", "/api/v1/openapi.json", {"anyone"}},
      {"POST", "/api/v1/auth/login", "/api/v1/auth/login", {"anyone"}},
      {"POST", "/api/v1/auth/logout", "/api/v1/auth/logout", {"signed_in"}},
      {"GET", "/api/v1/me", "/api/v1/me", {"signed_in"}},
      {"POST", "/api/v1/tokens", "/api/v1/tokens", {"signed_in"}},
      {"GET", "/api/v1/tokens", "/api/v1/tokens", {"signed_in"}},
      {"DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/nothing", {"signed_in"}},
      {"POST", "/api/v1/users", "/api/v1/users", {"admin"}},
      {"GET", "/api/v1/users", "/api/v1/users", {"admin"}},
      {"GET", "/api/v1/users/{id}", "/api/v1/users/nothing", {"admin"}},
      {"PATCH", "/api/v1/users/{id}", "/api/v1/users/nothing", {"admin"}},
      {"POST", "/api/v1/groups", "/api/v1/groups", {"admin"}},
      {"GET", "/api/v1/groups", "/api/v1/groups", {"admin"}},
      {"GET", "/api/v1/networks", "/api/v1/networks", {"advisor"}},
      {"GET",
       "/api/v1/networks/{network}/connect",
       "/api/v1/networks/linkedin/connect",
       {"advisor"}},
      {"GET", "/api/v1/networks/{network}/callback", "/api/v1/networks/x/callback", {"anyone"}},
      {"DELETE", "/api/v1/networks/{id}", "/api/v1/networks/nothing", {"signed_in"}},
      {"POST", "/api/v1/shares/preview", "/api/v1/shares/preview", {"advisor"}},
      {"POST", "/api/v1/shares", "/api/v1/shares", {"advisor"}},
      {"GET", "/api/v1/shares", "/api/v1/shares", {"advisor", "compliance", "admin"}},
      {"GET", "/api/v1/shares/{id}", "/api/v1/shares/nothing", {"advisor", "compliance", "admin"}},
      {"DELETE", "/api/v1/shares/{id}", "/api/v1/shares/nothing", {"advisor"}},
      {"POST", "/api/v1/shares/{id}/confirm", "/api/v1/shares/nothing/confirm", {"advisor"}},
      {"GET", "/l/{code}", "/l/nothing", {"anyone"}},
      {"GET",
       "/api/v1/analytics/summary",
       "/api/v1/analytics/summary",
       {"advisor", "marketing", "compliance", "admin"}},
      {"GET",
       "/api/v1/analytics/export.csv",
       "/api/v1/analytics/export.csv",
       {"marketing", "admin"}},
      {"GET", "/api/v1/charter", "/api/v1/charter", {"signed_in"}},
      {"PUT", "/api/v1/charter", "/api/v1/charter", {"compliance"}},
      {"GET", "/api/v1/charter/versions", "/api/v1/charter/versions", {"compliance"}},
      {"GET", "/api/v1/charter/versions/{id}", "/api/v1/charter/versions/1", {"compliance"}},
      {"POST", "/api/v1/charter/check", "/api/v1/charter/check", {"signed_in"}},
      {"POST", "/api/v1/charter/acknowledge", "/api/v1/charter/acknowledge", {"signed_in"}},
      {"POST", "/api/v1/media", "/api/v1/media", {"marketing"}},
      {"GET", "/api/v1/media/{id}", "/api/v1/media/nothing", {"signed_in"}},
      {"POST", "/api/v1/content", "/api/v1/content", {"marketing"}},
      {"GET", "/api/v1/content", "/api/v1/content", {"signed_in"}},
      {"GET", "/api/v1/content/{id}", "/api/v1/content/nothing", {"signed_in"}},
      {"PATCH", "/api/v1/content/{id}", "/api/v1/content/nothing", {"marketing"}},
      {"POST", "/api/v1/content/{id}/submit", "/api/v1/content/nothing/submit", {"marketing"}},
      {"POST",
       "/api/v1/content/{id}/archive",
       "/api/v1/content/nothing/archive",
       {"marketing", "compliance"}},
      {"POST", "/api/v1/content/{id}/revise", "/api/v1/content/nothing/revise", {"marketing"}},
      {"GET", "/api/v1/reviews", "/api/v1/reviews", {"compliance", "admin"}},
      {"GET", "/api/v1/reviews/{id}", "/api/v1/reviews/nothing", {"compliance", "admin"}},
      {"POST",
       "/api/v1/reviews/{id}/decision",
       "/api/v1/reviews/nothing/decision",
       {"compliance", "admin"}},
      {"GET", "/api/v1/audit", "/api/v1/audit", {"compliance", "admin"}},
      {"GET", "/api/v1/audit/verify", "/api/v1/audit/verify", {"compliance", "admin"}},
  };
  return kRules;
}

const std::vector<std::string> kRoles = {"advisor", "marketing", "compliance", "admin"};

class RoleMatrixTest : public AppFixture {
 protected:
  void SetUp() override {
    start();
    for (const auto& role : kRoles) {
      std::string email = role + "@matrix.example";
      if (role != "admin") add_user(email, {role});
      tokens_[role] = bearer_token(role == "admin" ? admin_email_ : email);
    }
  }
  std::map<std::string, std::string> tokens_;
};

TEST_F(RoleMatrixTest, TheServerHasExactlyTheseRoutes) {
  auto doc = client()->get("/api/v1/openapi.json").json();
  std::set<std::string> served, expected;
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& ch : upper)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      served.insert(upper + " " + path);
    }
  }
  for (const auto& r : expected_routes())
    expected.insert(std::string(r.method) + " " + r.pattern);
  EXPECT_EQ(served, expected);
}

TEST_F(RoleMatrixTest, EveryRoleOnEveryRoute) {
  auto c = client();
  for (const auto& rule : expected_routes()) {
    const bool anyone = rule.allowed.contains("anyone");
    const bool any_signed_in = anyone || rule.allowed.contains("signed_in");
    const std::string body = std::string(rule.method) == "GET" ? "" : "{}";
    HeaderList json = {{"Content-Type", "application/json"}};

    auto anonymous = c->request(rule.method, rule.target, body.empty() ? HeaderList{} : json, body);
    if (anyone) {
      EXPECT_NE(anonymous.status, 401) << rule.method << " " << rule.target;
      EXPECT_NE(anonymous.status, 403) << rule.method << " " << rule.target;
    } else {
      EXPECT_EQ(anonymous.status, 401) << rule.method << " " << rule.target;
    }

    for (const auto& role : kRoles) {
      HeaderList headers = bearer(tokens_[role]);
      if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
      auto r = c->request(rule.method, rule.target, headers, body);
      const bool allowed = any_signed_in || rule.allowed.contains(role);
      if (allowed) {
        EXPECT_NE(r.status, 401) << role << " " << rule.method << " " << rule.target << " "
                                 << r.body;
        EXPECT_NE(r.status, 403) << role << " " << rule.method << " " << rule.target << " "
                                 << r.body;
      } else {
        EXPECT_EQ(r.status, 403) << role << " " << rule.method << " " << rule.target;
        EXPECT_EQ(r.json()["error"]["code"], "forbidden") << r.body;
      }
    }
  }
}

}  // namespace
}  // namespace pv::testing
