#include "http/router.h"

#include <string>

#include <gtest/gtest.h>

namespace pv::http {
namespace {

Router<std::string> make_router() {
  Router<std::string> r;
  for (auto [method, pattern, name] : std::initializer_list<std::array<const char*, 3>>{
           {"GET", "/", "home"},
           {"GET", "/api/v1/users", "list_users"},
           {"POST", "/api/v1/users", "create_user"},
           {"GET", "/api/v1/users/{id}", "get_user"},
           {"PATCH", "/api/v1/users/{id}", "patch_user"},
           {"GET", "/api/v1/users/me", "me"},
           {"POST", "/api/v1/content/{id}/submit", "submit"},
           {"GET", "/api/v1/content/{id}/versions/{version}", "version"},
           {"GET", "/a/b/c", "abc"},
           {"GET", "/a/{x}/d", "axd"},
           {"GET", "/static/{*rest}", "static"},
           {"GET", "/l/{code}", "link"},
       }) {
    EXPECT_TRUE(r.add(method, pattern, name).ok()) << method << " " << pattern;
  }
  return r;
}

struct Case {
  const char* method;
  const char* path;
  MatchStatus status;
  const char* route;  // when found
  std::map<std::string, std::string> params;
};

TEST(Router, MatchesLiteralsParametersAndWildcards) {
  auto router = make_router();
  const Case cases[] = {
      {"GET", "/", MatchStatus::kFound, "home", {}},
      {"GET", "/api/v1/users", MatchStatus::kFound, "list_users", {}},
      {"POST", "/api/v1/users", MatchStatus::kFound, "create_user", {}},
      {"GET", "/api/v1/users/01hz", MatchStatus::kFound, "get_user", {{"id", "01hz"}}},
      // A literal beats a parameter.
      {"GET", "/api/v1/users/me", MatchStatus::kFound, "me", {}},
      // ... but only for the methods it has: PATCH /users/me is the parameter route.
      {"PATCH", "/api/v1/users/me", MatchStatus::kFound, "patch_user", {{"id", "me"}}},
      {"POST", "/api/v1/content/42/submit", MatchStatus::kFound, "submit", {{"id", "42"}}},
      {"GET",
       "/api/v1/content/42/versions/3",
       MatchStatus::kFound,
       "version",
       {{"id", "42"}, {"version", "3"}}},
      {"GET", "/a/b/c", MatchStatus::kFound, "abc", {}},
      // The literal branch "b" leads nowhere for "d": back off to the parameter.
      {"GET", "/a/b/d", MatchStatus::kFound, "axd", {{"x", "b"}}},
      {"GET", "/static/app.js", MatchStatus::kFound, "static", {{"rest", "app.js"}}},
      {"GET", "/static/img/logo.svg", MatchStatus::kFound, "static", {{"rest", "img/logo.svg"}}},
      {"GET", "/static", MatchStatus::kFound, "static", {{"rest", ""}}},
      {"GET", "/static/", MatchStatus::kFound, "static", {{"rest", ""}}},
      {"HEAD", "/l/abc", MatchStatus::kFound, "link", {{"code", "abc"}}},  // HEAD uses GET
      // A parameter takes one non-empty segment.
      {"GET", "/api/v1/users/", MatchStatus::kNotFound, nullptr, {}},
      {"GET", "/api/v1/users/a/b", MatchStatus::kNotFound, nullptr, {}},
      {"GET", "/api/v1", MatchStatus::kNotFound, nullptr, {}},
      {"GET", "/nowhere", MatchStatus::kNotFound, nullptr, {}},
      {"GET", "relative", MatchStatus::kNotFound, nullptr, {}},
      {"DELETE", "/api/v1/users", MatchStatus::kMethodNotAllowed, nullptr, {}},
      {"POST", "/l/abc", MatchStatus::kMethodNotAllowed, nullptr, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.method) + " " + c.path);
    auto m = router.match(c.method, c.path);
    EXPECT_EQ(m.status, c.status);
    if (c.route) {
      ASSERT_NE(m.route, nullptr);
      EXPECT_EQ(*m.route, c.route);
      EXPECT_EQ(m.params, c.params);
    } else {
      EXPECT_EQ(m.route, nullptr);
    }
  }
}

TEST(Router, ListsTheAllowedMethodsFor405) {
  auto router = make_router();
  auto m = router.match("DELETE", "/api/v1/users");
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "HEAD", "POST"}));
  auto user = router.match("PUT", "/api/v1/users/me");
  EXPECT_EQ(user.allowed, (std::vector<std::string>{"GET", "HEAD", "PATCH"}));
}

TEST(Router, GivesThePatternOfTheMatchForMetrics) {
  auto router = make_router();
  EXPECT_EQ(router.match("GET", "/api/v1/users/123").pattern, "/api/v1/users/{id}");
}

TEST(Router, RejectsDuplicatesAndBadPatterns) {
  auto router = make_router();
  struct Bad {
    const char* method;
    const char* pattern;
    const char* code;
  };
  const Bad bad[] = {
      {"GET", "/api/v1/users/{id}", "duplicate_route"},
      {"GET", "/api/v1/users/{user_id}", "duplicate_route"},  // same shape
      {"GET", "/api/v1/users", "duplicate_route"},
      {"GET", "api/v1", "bad_route_pattern"},
      {"GET", "/x/{id", "bad_route_pattern"},
      {"GET", "/x/a{id}", "bad_route_pattern"},
      {"GET", "/x/{}", "bad_route_pattern"},
      {"GET", "/x/{1d}", "bad_route_pattern"},
      {"GET", "/x/{id}/{id}", "bad_route_pattern"},
      {"GET", "/x/{*rest}/more", "bad_route_pattern"},
      {"get", "/x", "bad_route_method"},
      {"", "/x", "bad_route_method"},
  };
  auto before = router.routes().size();
  for (const auto& b : bad) {
    SCOPED_TRACE(std::string(b.method) + " " + b.pattern);
    auto status = router.add(b.method, b.pattern, "bad");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code(), b.code);
  }
  EXPECT_EQ(router.routes().size(), before);
  // Another method on an existing shape is not a duplicate.
  EXPECT_TRUE(router.add("DELETE", "/api/v1/users/{uid}", "delete_user").ok());
  auto m = router.match("DELETE", "/api/v1/users/7");
  ASSERT_TRUE(m.found());
  EXPECT_EQ(m.params, (std::map<std::string, std::string>{{"uid", "7"}}));
}

TEST(Router, ListsEveryRouteInRegistrationOrder) {
  auto router = make_router();
  const auto& routes = router.routes();
  ASSERT_EQ(routes.size(), 12u);
  EXPECT_EQ(routes[0].method, "GET");
  EXPECT_EQ(routes[0].pattern, "/");
  EXPECT_EQ(routes[0].route, "home");
  EXPECT_EQ(routes[3].pattern, "/api/v1/users/{id}");
  EXPECT_EQ(routes[11].route, "link");
}

TEST(Router, FallsBackToARootWildcardLast) {
  Router<int> router;
  ASSERT_TRUE(router.add("GET", "/{*path}", 1).ok());
  ASSERT_TRUE(router.add("GET", "/api/v1/me", 2).ok());
  ASSERT_TRUE(router.add("POST", "/api/v1/items", 3).ok());
  EXPECT_EQ(*router.match("GET", "/api/v1/me").route, 2);
  auto ui = router.match("GET", "/review/42");
  EXPECT_EQ(*ui.route, 1);
  EXPECT_EQ(ui.params.at("path"), "review/42");
  EXPECT_EQ(router.match("GET", "/").params.at("path"), "");
  // GET /api/v1/items: the wildcard has GET, so it serves it (the UI's fallback).
  EXPECT_EQ(*router.match("GET", "/api/v1/items").route, 1);
  auto m = router.match("DELETE", "/api/v1/items");
  EXPECT_EQ(m.status, MatchStatus::kMethodNotAllowed);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "HEAD", "POST"}));
}

TEST(RoutePattern, SplitsPaths) {
  EXPECT_EQ(split_path("/"), (std::vector<std::string_view>{""}));
  EXPECT_EQ(split_path("/a/b"), (std::vector<std::string_view>{"a", "b"}));
  EXPECT_EQ(split_path("/a//b/"), (std::vector<std::string_view>{"a", "", "b", ""}));
}

}  // namespace
}  // namespace pv::http
