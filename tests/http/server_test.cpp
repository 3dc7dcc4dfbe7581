// The server over real sockets: keep-alive, limits, timeouts, the connection
// bound, the headers every response carries, and handler failures.
#include "http/server.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "http/standard_headers.h"
#include "http/test_server.h"
#include "support/http_client.h"
#include "support/raw_connection.h"

namespace pv::http {
namespace {

using namespace pv::testing;  // NOLINT: the test support, throughout

using namespace std::chrono_literals;

void expect_standard_headers(const HttpResponse& r) {
  auto id = r.header("X-Request-Id");
  ASSERT_TRUE(id.has_value());
  EXPECT_TRUE(is_valid_request_id(*id)) << *id;
  EXPECT_EQ(r.header("Content-Security-Policy"), std::string(kContentSecurityPolicy));
  EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.header("Referrer-Policy"), "strict-origin-when-cross-origin");
  EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
  EXPECT_EQ(r.header("Cross-Origin-Opener-Policy"), "same-origin");
  EXPECT_TRUE(r.header("Date").has_value());
}

void expect_json_error(const HttpResponse& r, int status, const std::string& code) {
  EXPECT_EQ(r.status, status);
  EXPECT_EQ(r.header("Content-Type"), "application/json; charset=utf-8");
  auto body = r.json();
  EXPECT_EQ(body["error"]["code"], code);
  EXPECT_EQ(body["error"]["request_id"], r.header("X-Request-Id").value_or("?"));
  expect_standard_headers(r);
}

TEST(Server, ListensOnAnEphemeralPortAndSaysWhere) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  EXPECT_TRUE(s.address().starts_with("127.0.0.1:"));
  EXPECT_NE(s.address(), "127.0.0.1:0");
}

TEST(Server, ReportsBadAddressAndAddressInUse) {
  TestHandler handler;
  auto options = test_options();
  options.listen = "127.0.0.1";
  Server no_port(options, handler);
  auto bad = no_port.listen();
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), "bad_listen_address");

  RunningServer first(test_options(), handler);
  options.listen = first.address();
  Server second(options, handler);
  auto in_use = second.listen();
  ASSERT_FALSE(in_use.ok());
  EXPECT_EQ(in_use.error().code(), "address_in_use");
  second.run();  // returns at once: it never listened
}

TEST(Server, KeepsTheConnectionAliveAcrossRequests) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto a = client.get("/echo");
  auto b = client.get("/echo");
  EXPECT_EQ(a.status, 200);
  EXPECT_EQ(b.status, 200);
  EXPECT_EQ(client.connections_opened(), 1);
  EXPECT_TRUE(client.is_open());
  EXPECT_NE(a.json()["request_id"], b.json()["request_id"]);
}

TEST(Server, GivesTheHandlerTheDecodedPathQueryHeadersAndBody) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto r = client.request("POST", "/echo/caf%C3%A9%20x?q=a+b&q=%2Fc&empty=",
                          {{"X-Test", "one"}, {"Content-Type", "text/plain"}}, "payload");
  ASSERT_EQ(r.status, 200);
  auto body = r.json();
  EXPECT_EQ(body["method"], "POST");
  EXPECT_EQ(body["target"], "/echo/caf%C3%A9%20x?q=a+b&q=%2Fc&empty=");
  EXPECT_EQ(body["path"], "/echo/café x");
  EXPECT_EQ(body["query"], nlohmann::json::parse(R"([["q","a b"],["q","/c"],["empty",""]])"));
  EXPECT_EQ(body["body"], "payload");
  EXPECT_EQ(body["x_test"], nlohmann::json::array({"one"}));
  EXPECT_TRUE(body["remote"].get<std::string>().starts_with("127.0.0.1:"));
}

TEST(Server, RunsTheHandlerOffTheIoThread) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  ASSERT_EQ(client.get("/fixed").status, 200);
  EXPECT_NE(handler.last_thread(), std::thread::id());
  EXPECT_NE(handler.last_thread(), s.io_thread());
}

TEST(Server, PutsSecurityHeadersAndARequestIdOnEveryResponse) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  for (const char* path : {"/fixed", "/nowhere", "/throw", "/throw-error"}) {
    SCOPED_TRACE(path);
    expect_standard_headers(client.get(path));
  }
}

TEST(Server, KeepsAWellFormedClientRequestIdAndReplacesOthers) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto kept = client.get("/echo", {{"X-Request-Id", "trace-01.A_b"}});
  EXPECT_EQ(kept.header("X-Request-Id"), "trace-01.A_b");
  EXPECT_EQ(kept.json()["request_id"], "trace-01.A_b");
  for (std::string bad :
       {std::string("has space"), std::string("semi;colon"), std::string(65, 'a')}) {
    auto r = client.get("/echo", {{"X-Request-Id", bad}});
    EXPECT_NE(r.header("X-Request-Id"), bad);
    EXPECT_EQ(r.header("X-Request-Id")->size(), 26u);
    EXPECT_EQ(r.json()["request_id"], *r.header("X-Request-Id"));
  }
}

TEST(Server, AnswersABodyOverTheLimitWith413AndCloses) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto r = client.request("POST", "/echo", {}, std::string(kSmallLimit + 1, 'x'));
  expect_json_error(r, 413, "body_too_large");
  EXPECT_EQ(r.header("Connection"), "close");
  EXPECT_FALSE(client.is_open());
  // At the limit is fine.
  EXPECT_EQ(client.request("POST", "/echo", {}, std::string(kSmallLimit, 'x')).status, 200);
}

TEST(Server, LetsTheHandlerGiveAPathALargerBodyLimit) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto ok = client.request("POST", "/upload", {}, std::string(40 * 1024, 'x'));
  ASSERT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json()["bytes"], 40 * 1024);
  expect_json_error(client.request("POST", "/upload", {}, std::string(kUploadLimit + 1, 'x')), 413,
                    "body_too_large");
}

TEST(Server, CountsAChunkedBodyAgainstTheLimit) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  RawConnection c(s.address());
  std::string chunk(600, 'x');
  c.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n" + chunk +
         "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");
  auto got = c.read_until_closed(3s);
  EXPECT_TRUE(got.closed);
  EXPECT_TRUE(got.data.starts_with("HTTP/1.1 413 ")) << got.data;
  EXPECT_NE(got.data.find("body_too_large"), std::string::npos);
}

TEST(Server, AnswersExpectContinueWithinTheLimitAnd413Beyond) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  RawConnection c(s.address());
  c.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
  auto interim = c.read_until("\r\n\r\n", 3s);
  EXPECT_EQ(interim.data, "HTTP/1.1 100 Continue\r\n\r\n");
  c.send("hello");
  auto final_response = c.read_until("\"body\":\"hello\"", 3s);
  EXPECT_TRUE(final_response.data.starts_with("HTTP/1.1 200 ")) << final_response.data;

  RawConnection big(s.address());
  big.send(
      "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
  auto refused = big.read_until_closed(3s);
  EXPECT_TRUE(refused.data.starts_with("HTTP/1.1 413 ")) << refused.data;
  EXPECT_EQ(refused.data.find("100 Continue"), std::string::npos);
}

TEST(Server, AnswersAHeaderOverTheLimitWith431) {
  TestHandler handler;
  auto options = test_options();
  options.header_limit = 1024;
  RunningServer s(options, handler);
  HttpClient client(s.address());
  auto r = client.get("/fixed", {{"X-Big", std::string(2000, 'h')}});
  expect_json_error(r, 431, "header_too_large");
  EXPECT_FALSE(client.is_open());
}

TEST(Server, AnswersAMalformedRequestWith400) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  RawConnection c(s.address());
  c.send("NOT HTTP AT ALL\r\n\r\n");
  auto got = c.read_until_closed(3s);
  EXPECT_TRUE(got.closed);
  EXPECT_TRUE(got.data.starts_with("HTTP/1.1 400 ")) << got.data;
  EXPECT_NE(got.data.find("malformed_request"), std::string::npos);
  EXPECT_NE(got.data.find("X-Request-Id: "), std::string::npos);
  EXPECT_NE(got.data.find("X-Frame-Options: DENY"), std::string::npos);
}

TEST(Server, ClosesAnIdleKeptAliveConnectionAfterTheIdleTimeout) {
  TestHandler handler;
  auto options = test_options();
  options.idle_timeout = 1s;
  options.read_timeout = 10s;
  RunningServer s(options, handler);
  RawConnection c(s.address());
  c.send("GET /fixed HTTP/1.1\r\nHost: t\r\n\r\n");
  auto got = c.read_until_closed(5s);
  EXPECT_TRUE(got.data.starts_with("HTTP/1.1 200 ")) << got.data;
  EXPECT_TRUE(got.closed);
  EXPECT_GE(got.elapsed, 900ms);
  EXPECT_LT(got.elapsed, 3s);
}

TEST(Server, CutsASlowClientAtTheReadTimeout) {
  TestHandler handler;
  auto options = test_options();
  options.read_timeout = 1s;
  options.idle_timeout = 10s;
  RunningServer s(options, handler);
  RawConnection c(s.address());
  auto start = std::chrono::steady_clock::now();
  c.send("GET /fixed HTTP/1.1\r\nHost: t\r\n");
  // A byte every 200 ms keeps the connection busy but never finishes the header:
  // the deadline is for the whole header, not for each byte.
  RawConnection::ReadResult got;
  bool cut = false;
  for (int i = 0; i < 25 && !cut; ++i) {
    try {
      c.send("X");
    } catch (const std::system_error&) {
      cut = true;  // closed between two reads
      break;
    }
    got = c.read_until_closed(200ms);
    cut = got.closed;
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(cut);
  EXPECT_GE(elapsed, 900ms);
  EXPECT_LT(elapsed, 3s);
  EXPECT_EQ(got.data, "");
}

TEST(Server, Answers503BeyondMaxConnections) {
  TestHandler handler;
  auto options = test_options();
  options.max_connections = 2;
  RunningServer s(options, handler);
  HttpClient a(s.address()), b(s.address()), c(s.address());
  ASSERT_EQ(a.get("/fixed").status, 200);
  ASSERT_EQ(b.get("/fixed").status, 200);
  EXPECT_EQ(s.server().connections(), 2);
  auto refused = c.get("/fixed");
  expect_json_error(refused, 503, "overloaded");
  EXPECT_EQ(refused.header("Retry-After"), "1");
  EXPECT_FALSE(c.is_open());
  // A closed connection frees its place.
  a.close();
  ASSERT_TRUE(eventually([&] { return s.server().connections() < 2; }));
  EXPECT_EQ(c.get("/fixed").status, 200);
}

TEST(Server, TurnsAnExceptionFromTheHandlerIntoA500AndKeepsServing) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto r = client.get("/throw");
  expect_json_error(r, 500, "internal");
  EXPECT_EQ(r.json()["error"]["message"], "Internal server error");  // nothing leaked
  EXPECT_EQ(client.get("/fixed").status, 200);
  EXPECT_EQ(client.connections_opened(), 1);
}

TEST(Server, TurnsAThrownErrorIntoItsOwnResponse) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  expect_json_error(client.get("/throw-error"), 409, "already_decided");
}

TEST(Server, LetsAHandlerSetAStricterPolicy) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto r = client.get("/csp");
  EXPECT_EQ(r.header_values("Content-Security-Policy"),
            std::vector<std::string>{"default-src 'none'"});
  EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
}

TEST(Server, DropsHeaderValuesThatWouldSplitTheResponse) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  auto r = client.get("/inject");
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.header("X-Split").has_value());
  EXPECT_FALSE(r.header("Set-Cookie").has_value());
  EXPECT_EQ(r.header("X-Fine"), "yes");
  EXPECT_FALSE(client.cookie("stolen").has_value());
}

TEST(Server, SendsNoBodyForHeadButTheLengthAGetWouldHave) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  RawConnection c(s.address());
  c.send("HEAD /fixed HTTP/1.1\r\nHost: t\r\n\r\nGET /fixed HTTP/1.1\r\nHost: t\r\n\r\n");
  auto got = c.read_until("hello world", 3s);
  auto second = got.data.find("HTTP/1.1 200 ", 1);
  ASSERT_NE(second, std::string::npos) << got.data;
  std::string head = got.data.substr(0, second);
  EXPECT_NE(head.find("Content-Length: 11\r\n"), std::string::npos) << head;
  EXPECT_TRUE(head.ends_with("\r\n\r\n")) << head;  // nothing after the header
}

TEST(Server, AnswersPipelinedRequestsInOrder) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  RawConnection c(s.address());
  c.send(
      "GET /echo/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /echo/2 HTTP/1.1\r\nHost: t\r\n"
      "Connection: close\r\n\r\n");
  auto got = c.read_until_closed(3s);
  auto first = got.data.find("/echo/1");
  auto second = got.data.find("/echo/2");
  ASSERT_NE(first, std::string::npos) << got.data;
  ASSERT_NE(second, std::string::npos) << got.data;
  EXPECT_LT(first, second);
  EXPECT_TRUE(got.closed);
}

TEST(Server, SendsA500ForAStatusOutOfRange) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  HttpClient client(s.address());
  EXPECT_EQ(client.get("/status/999").status, 500);
}

TEST(Server, ServesManyClientsAtOnce) {
  TestHandler handler;
  auto options = test_options();
  options.io_threads = 2;
  RunningServer s(options, handler);
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      HttpClient client(s.address());
      for (int i = 0; i < 25; ++i) {
        if (client.request("POST", "/echo", {}, "body").status == 200) ++ok;
      }
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(ok.load(), 200);
}

}  // namespace
}  // namespace pv::http
