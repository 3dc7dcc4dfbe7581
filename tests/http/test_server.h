// A Handler with one behaviour per path, and a Server running on 127.0.0.1:0 in a
// thread of the test process, for the real-socket tests of the http module.
#pragma once

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include "http/error_response.h"
#include "http/handler.h"
#include "http/server.h"

namespace pv::testing {

inline constexpr std::size_t kSmallLimit = 1024;
inline constexpr std::size_t kUploadLimit = 64 * 1024;

class TestHandler : public http::Handler {
 public:
  TestHandler() : released_(release_.get_future().share()) {}

  // "/upload" takes a larger body than everything else.
  std::size_t body_limit(std::string_view, std::string_view path) const override {
    return path == "/upload" ? kUploadLimit : kSmallLimit;
  }

  http::Response handle(http::Request& r) override {
    {
      std::lock_guard lock(mutex_);
      last_thread_ = std::this_thread::get_id();
    }
    if (r.path.starts_with("/echo")) {
      nlohmann::json query = nlohmann::json::array();
      for (const auto& [k, v] : r.query)
        query.push_back({k, v});
      return http::Response::json(200, {{"method", r.method},
                                        {"target", r.target},
                                        {"path", r.path},
                                        {"query", query},
                                        {"body", r.body},
                                        {"request_id", r.request_id},
                                        {"remote", r.remote_address},
                                        {"x_test", r.headers.get_all("X-Test")}});
    }
    if (r.path == "/fixed") return http::Response::text(200, "hello world");
    if (r.path == "/upload") return http::Response::json(200, {{"bytes", r.body.size()}});
    if (r.path == "/throw") throw std::runtime_error("the handler broke");
    if (r.path == "/throw-error") {
      throw pv::Error(pv::ErrorKind::kConflict, "already_decided", "Already decided");
    }
    if (r.path == "/block") {
      ++blocked_;
      released_.wait();
      return http::Response::text(200, "released");
    }
    if (r.path == "/csp") {
      http::Response res = http::Response::text(200, "strict");
      res.headers.set("Content-Security-Policy", "default-src 'none'");
      return res;
    }
    if (r.path == "/inject") {
      http::Response res = http::Response::text(200, "ok");
      res.headers.set("X-Split", "a\r\nSet-Cookie: stolen=1");
      res.headers.set("X-Fine", "yes");
      return res;
    }
    if (r.path == "/status/999") return http::Response::text(999, "nonsense");
    return http::error_response(pv::Error(pv::ErrorKind::kNotFound, "not_found", "No such thing"),
                                r.request_id);
  }

  int blocked() const { return blocked_.load(); }
  void release() {
    std::call_once(released_once_, [this] { release_.set_value(); });
  }
  std::thread::id last_thread() const {
    std::lock_guard lock(mutex_);
    return last_thread_;
  }

 private:
  std::atomic<int> blocked_{0};
  std::promise<void> release_;
  std::shared_future<void> released_;
  std::once_flag released_once_;
  mutable std::mutex mutex_;
  std::thread::id last_thread_;
};

// Options with short timeouts, so that the suite runs in seconds.
inline http::ServerOptions test_options() {
  http::ServerOptions o;
  o.listen = "127.0.0.1:0";
  o.io_threads = 1;
  o.worker_threads = 4;
  o.read_timeout = std::chrono::seconds(5);
  o.write_timeout = std::chrono::seconds(5);
  o.idle_timeout = std::chrono::seconds(5);
  o.shutdown_grace = std::chrono::seconds(5);
  o.handle_signals = false;
  return o;
}

class RunningServer {
 public:
  RunningServer(http::ServerOptions options, http::Handler& handler)
      : server_(std::move(options), handler) {
    auto status = server_.listen();
    if (!status) throw std::runtime_error(status.error().message());
    auto returned = returned_.get_future();
    returned_future_ = std::move(returned);
    thread_ = std::thread([this] {
      io_thread_ = std::this_thread::get_id();
      server_.run();
      returned_.set_value();
    });
  }
  ~RunningServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  http::Server& server() { return server_; }
  std::string address() const { return server_.local_address(); }
  // The thread that calls run(), the only I/O thread when io_threads is 1.
  std::thread::id io_thread() const { return io_thread_; }
  // True when run() returned within `timeout`.
  bool wait_stopped(std::chrono::milliseconds timeout) {
    return returned_future_.wait_for(timeout) == std::future_status::ready;
  }

 private:
  http::Server server_;
  std::promise<void> returned_;
  std::future<void> returned_future_;
  std::atomic<std::thread::id> io_thread_;
  std::thread thread_;
};

// Polls `condition` every 10 ms for up to `timeout`.
template <class Condition>
bool eventually(Condition condition,
                std::chrono::milliseconds timeout = std::chrono::milliseconds(3000)) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return condition();
}

}  // namespace pv::testing
