// Private to src/http/: what Server is made of. It owns the io_context, the
// worker pool, the acceptor (on its own strand, with the signal set and the
// shutdown timer) and the registry of live sessions; sessions hold a reference
// to it and never outlive it, since they live in handlers the io_context owns.
// Member order matters: the io_context is destroyed after the pool (whose tasks
// hold sessions) and before the registry (which sessions leave as they die).
//
// listen(), run() and the destructor: the owning thread. stop(), the counters and
// everything sessions call: any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "http/beast.h"
#include "http/server.h"

namespace pv::http::detail {

class Session;

class ServerCore {
 public:
  ServerCore(ServerOptions options, Handler& handler);
  ~ServerCore();

  pv::Status listen();
  const std::string& local_address() const { return local_address_; }
  void run();
  void stop();

  // Stops the worker pool from starting queued requests (the destructor's first step).
  void stop_workers() { workers_.stop(); }
  int connections() const { return connections_.load(); }
  int handlers_running() const { return running_.load(); }

  // For sessions.
  const ServerOptions& options() const { return options_; }
  Handler& handler() { return handler_; }
  bool stopping() const { return stopping_.load(); }
  net::thread_pool& workers() { return workers_; }
  // Keeps run() running while a request is on a worker thread.
  WorkGuard track_work() { return net::make_work_guard(ioc_); }
  // Handler::handle(), with exceptions turned into error responses. Worker thread.
  Response invoke(Request& request) noexcept;
  // Called from ~Session.
  void remove(Session* session, bool counted);

 private:
  void do_accept();
  void on_accept(beast::error_code ec, tcp::socket socket);
  void begin_shutdown();
  void watch_drain();
  std::vector<std::shared_ptr<Session>> live_sessions();

  const ServerOptions options_;
  Handler& handler_;

  std::mutex mutex_;  // guards sessions_
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions_;
  std::atomic<int> connections_{0};  // served sessions
  std::atomic<int> rejecting_{0};    // sessions answering 503 "overloaded"
  std::atomic<int> running_{0};      // requests inside handle()
  std::atomic<bool> stopping_{false};
  std::atomic<bool> stop_requested_{false};
  std::string local_address_;
  bool listening_ = false;
  std::chrono::steady_clock::time_point shutdown_deadline_;

  net::io_context ioc_;
  net::thread_pool workers_;
  net::strand<net::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  std::optional<net::signal_set> signals_;
  net::steady_timer drain_timer_;
  net::steady_timer accept_timer_;
};

}  // namespace pv::http::detail
