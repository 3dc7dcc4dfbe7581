// The small pieces around the server: headers, requests and responses, targets,
// dates, listen addresses, request ids and the standard headers.
#include <gtest/gtest.h>

#include "http/headers.h"
#include "http/http_date.h"
#include "http/listen_address.h"
#include "http/request.h"
#include "http/response.h"
#include "http/standard_headers.h"
#include "http/target.h"
#include "util/crypto.h"
#include "util/time.h"

namespace pv::http {
namespace {

TEST(Headers, LooksUpCaseInsensitivelyAndKeepsEveryValue) {
  Headers h;
  h.add("Set-Cookie", "a=1");
  h.add("Content-Type", "text/plain");
  h.add("set-cookie", "b=2");
  EXPECT_EQ(h.get("SET-COOKIE"), "a=1");
  EXPECT_EQ(h.get_all("Set-Cookie"), (std::vector<std::string_view>{"a=1", "b=2"}));
  EXPECT_FALSE(h.get("X-None").has_value());
  h.set("SET-COOKIE", "c=3");
  EXPECT_EQ(h.get_all("set-cookie"), (std::vector<std::string_view>{"c=3"}));
  EXPECT_EQ(h.begin()->second, "c=3");  // in the place of the first
  h.set_default("Content-Type", "text/html");
  EXPECT_EQ(h.get("content-type"), "text/plain");
  h.set_default("X-New", "1");
  EXPECT_EQ(h.get("x-new"), "1");
  EXPECT_EQ(h.erase("CONTENT-TYPE"), 1u);
  EXPECT_EQ(h.size(), 2u);
}

TEST(Request, GivesTheFirstQueryParameterAndHeader) {
  Request r;
  r.query = {{"q", "a"}, {"q", "b"}, {"empty", ""}};
  r.headers.add("X-CSRF-Token", "t");
  EXPECT_EQ(r.query_param("q"), "a");
  EXPECT_EQ(r.query_param("empty"), "");
  EXPECT_FALSE(r.query_param("Q").has_value());
  EXPECT_EQ(r.header("x-csrf-token"), "t");
}

TEST(Response, Helpers) {
  auto j = Response::json(201, {{"id", "x"}});
  EXPECT_EQ(j.status, 201);
  EXPECT_EQ(j.body, R"({"id":"x"})");
  EXPECT_EQ(j.headers.get("Content-Type"), "application/json; charset=utf-8");
  auto t = Response::text(200, "hi");
  EXPECT_EQ(t.headers.get("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_EQ(Response::text(200, "a,b", "text/csv").headers.get("Content-Type"), "text/csv");
  auto n = Response::no_content();
  EXPECT_EQ(n.status, 204);
  EXPECT_EQ(n.body, "");
  auto r = Response::redirect(302, "/ui/");
  EXPECT_EQ(r.status, 302);
  EXPECT_EQ(r.headers.get("Location"), "/ui/");
  EXPECT_NO_THROW((void)Response::json(200, std::string("\xff\xfe")));
}

TEST(Target, DecodesThePathAndTheQuery) {
  auto t = parse_target("/api/v1/content/caf%C3%A9?q=rendement+annuel&tag=a%26b&flag&q=2");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->path, "/api/v1/content/café");
  using Q = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(t->query, (Q{{"q", "rendement annuel"}, {"tag", "a&b"}, {"flag", ""}, {"q", "2"}}));
  auto absolute = parse_target("http://example.com/a%20b?x=1");
  ASSERT_TRUE(absolute.has_value());
  EXPECT_EQ(absolute->path, "/a b");
  EXPECT_EQ(parse_target("http://example.com")->path, "/");
  for (const char* bad : {"", "*", "a/b", "/bad%zzescape", "/x?y=%", "ftp://h/x", "/a b"}) {
    EXPECT_FALSE(parse_target(bad).has_value()) << bad;
  }
}

TEST(HttpDate, FormatsAndParsesImfFixdate) {
  auto t = from_unix_seconds(784111777);
  EXPECT_EQ(format_http_date(t), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), t);
  EXPECT_EQ(format_http_date(from_unix_seconds(1795100645)), "Thu, 19 Nov 2026 15:04:05 GMT");
  for (const char* bad : {"Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
                          "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 31 Feb 1994 08:49:37 GMT",
                          "Sun, 06 Foo 1994 08:49:37 GMT", ""}) {
    EXPECT_FALSE(parse_http_date(bad).has_value()) << bad;
  }
}

TEST(ListenAddress, ParsesHostAndPort) {
  auto v4 = parse_listen_address("127.0.0.1:8080");
  ASSERT_TRUE(v4.has_value());
  EXPECT_EQ(v4->host, "127.0.0.1");
  EXPECT_EQ(v4->port, 8080);
  auto v6 = parse_listen_address("[::1]:0");
  ASSERT_TRUE(v6.has_value());
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, 0);
  EXPECT_EQ(parse_listen_address("localhost:1")->host, "127.0.0.1");
  EXPECT_EQ(parse_listen_address("0.0.0.0:443")->host, "0.0.0.0");
  for (const char* bad :
       {"", "127.0.0.1", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:8o", "::1:80",
        "[::1]80", "[127.0.0.1]:80", "example.com:80", "300.0.0.1:80"}) {
    EXPECT_FALSE(parse_listen_address(bad).has_value()) << bad;
  }
}

TEST(RequestId, KeepsWellFormedClientIdsOnly) {
  crypto::init();
  EXPECT_TRUE(is_valid_request_id("abc-DEF_0.9"));
  EXPECT_TRUE(is_valid_request_id(std::string(64, 'a')));
  EXPECT_FALSE(is_valid_request_id(std::string(65, 'a')));
  EXPECT_FALSE(is_valid_request_id(""));
  EXPECT_FALSE(is_valid_request_id("a b"));
  EXPECT_FALSE(is_valid_request_id("a\nb"));
  EXPECT_FALSE(is_valid_request_id("é"));
  EXPECT_EQ(request_id_for("client-1"), "client-1");
  auto fresh = request_id_for("no good");
  EXPECT_TRUE(is_valid_request_id(fresh));
  EXPECT_NE(fresh, request_id_for("no good"));
}

TEST(StandardHeaders, AddsIdDateAndSecurityHeadersKeepingTheHandlersOwn) {
  Response r = Response::text(200, "x");
  r.headers.set("X-Frame-Options", "SAMEORIGIN");
  r.headers.set("X-Request-Id", "spoofed");
  apply_standard_headers(r, "rid", from_unix_seconds(784111777));
  EXPECT_EQ(r.headers.get("X-Request-Id"), "rid");
  EXPECT_EQ(r.headers.get("Date"), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(r.headers.get("X-Frame-Options"), "SAMEORIGIN");
  EXPECT_EQ(r.headers.get("Content-Security-Policy"), std::string(kContentSecurityPolicy));
  EXPECT_EQ(r.headers.get("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.headers.get("Referrer-Policy"), "strict-origin-when-cross-origin");
  EXPECT_EQ(r.headers.get("Cross-Origin-Opener-Policy"), "same-origin");
  EXPECT_EQ(r.headers.get_all("X-Frame-Options").size(), 1u);
}

TEST(StandardHeaders, RefusesHeadersThatCouldSplitAResponse) {
  EXPECT_TRUE(is_sendable_header("X-Fine", "a value; with=things"));
  EXPECT_FALSE(is_sendable_header("X-Bad", "a\r\nSet-Cookie: x=1"));
  EXPECT_FALSE(is_sendable_header("X-Bad", "a\nb"));
  EXPECT_FALSE(is_sendable_header("X-Bad", std::string("a\0b", 3)));
  EXPECT_FALSE(is_sendable_header("Bad Name", "v"));
  EXPECT_FALSE(is_sendable_header("Bad:Name", "v"));
  EXPECT_FALSE(is_sendable_header("", "v"));
}

}  // namespace
}  // namespace pv::http
