// Graceful shutdown over real sockets: in-flight requests finish, idle connections
// close at once, new connections are refused, and run() returns within the grace
// period even when a handler hangs.
#include <csignal>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

#include "http/server.h"
#include "http/test_server.h"
#include "support/http_client.h"
#include "support/raw_connection.h"

namespace pv::http {
namespace {

using namespace pv::testing;  // NOLINT: the test support, throughout

using namespace std::chrono_literals;

TEST(ServerShutdown, FinishesTheRequestInFlightRefusesNewOnesAndReturns) {
  TestHandler handler;
  auto options = test_options();
  options.idle_timeout = 10s;
  RunningServer s(options, handler);

  // An idle kept-alive connection...
  RawConnection idle(s.address());
  idle.send("GET /fixed HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_NE(idle.read_until("hello world", 3s).data.find("200"), std::string::npos);
  // ... and a request in flight.
  std::optional<HttpResponse> in_flight;
  std::thread client([&] { in_flight = HttpClient(s.address()).get("/block"); });
  ASSERT_TRUE(eventually([&] { return handler.blocked() == 1; }));

  s.server().stop();
  EXPECT_TRUE(eventually([&] { return !can_connect(s.address()); }));
  auto closed = idle.read_until_closed(3s);
  EXPECT_TRUE(closed.closed);
  EXPECT_LT(closed.elapsed, 1s);        // at once, not after the idle timeout
  EXPECT_FALSE(s.wait_stopped(100ms));  // the request still runs

  handler.release();
  client.join();
  ASSERT_TRUE(in_flight.has_value());
  EXPECT_EQ(in_flight->status, 200);
  EXPECT_EQ(in_flight->body, "released");
  EXPECT_EQ(in_flight->header("Connection"), "close");
  EXPECT_TRUE(in_flight->header("X-Request-Id").has_value());
  EXPECT_TRUE(s.wait_stopped(3s));
}

TEST(ServerShutdown, ReturnsAfterTheGracePeriodWhenAHandlerHangs) {
  TestHandler handler;
  auto options = test_options();
  options.shutdown_grace = 1s;
  RunningServer s(options, handler);
  std::atomic<bool> cut{false};
  std::thread client([&] {
    try {
      HttpClient(s.address(), 10s).get("/block");
    } catch (const std::system_error&) {
      cut = true;  // closed unanswered when the grace period ends
    }
  });
  ASSERT_TRUE(eventually([&] { return handler.blocked() == 1; }));
  auto start = std::chrono::steady_clock::now();
  s.server().stop();
  EXPECT_TRUE(s.wait_stopped(4s));
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GE(elapsed, 900ms);
  EXPECT_LT(elapsed, 3s);
  // The client is not left waiting for its own timeout.
  EXPECT_TRUE(eventually([&] { return cut.load(); }, 1000ms));
  client.join();
  // Let the handler finish, so that the server is destroyed cleanly.
  handler.release();
  EXPECT_TRUE(eventually([&] { return s.server().handlers_running() == 0; }));
}

TEST(ServerShutdown, StopBeforeRunMakesRunReturnAtOnce) {
  TestHandler handler;
  Server server(test_options(), handler);
  ASSERT_TRUE(server.listen().ok());
  server.stop();
  auto start = std::chrono::steady_clock::now();
  server.run();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
}

TEST(ServerShutdown, StopsOnSigterm) {
  TestHandler handler;
  auto options = test_options();
  options.handle_signals = true;
  RunningServer s(options, handler);
  HttpClient client(s.address());
  ASSERT_EQ(client.get("/fixed").status, 200);  // run() is serving, so the signals are caught
  std::raise(SIGTERM);
  EXPECT_TRUE(s.wait_stopped(3s));
}

TEST(ServerShutdown, AnswersARequestArrivingDuringShutdownWith503) {
  TestHandler handler;
  RunningServer s(test_options(), handler);
  // A slow client has begun its header when the shutdown starts...
  RawConnection slow(s.address());
  slow.send("GET /fixed HTTP/1.1\r\n");
  std::optional<HttpResponse> blocked;
  std::thread client([&] { blocked = HttpClient(s.address()).get("/block"); });
  ASSERT_TRUE(eventually([&] { return handler.blocked() == 1; }));
  s.server().stop();
  ASSERT_TRUE(eventually([&] { return !can_connect(s.address()); }));
  // ... and finishes it afterwards.
  slow.send("Host: t\r\n\r\n");
  auto got = slow.read_until_closed(3s);
  EXPECT_TRUE(got.data.starts_with("HTTP/1.1 503 ")) << got.data;
  EXPECT_NE(got.data.find("shutting_down"), std::string::npos);
  EXPECT_NE(got.data.find("Retry-After: "), std::string::npos);
  handler.release();
  client.join();
  EXPECT_TRUE(s.wait_stopped(3s));
}

}  // namespace
}  // namespace pv::http
