#include "http/server_core.h"

#include <csignal>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>

#include "http/error_response.h"
#include "http/listen_address.h"
#include "http/session.h"
#include "http/transport_log.h"
#include "util/crypto.h"

namespace pv::http::detail {
namespace {

// Connections answered 503 at once, beyond max_connections; past that, closed unanswered.
constexpr int kMaxRejecting = 64;
constexpr std::chrono::milliseconds kAcceptRetry{100};
constexpr std::chrono::milliseconds kDrainPoll{20};

std::string format_endpoint(const tcp::endpoint& endpoint) {
  auto address = endpoint.address();
  std::string host = address.to_string();
  if (address.is_v6()) host = "[" + host + "]";
  return host + ":" + std::to_string(endpoint.port());
}

}  // namespace

ServerCore::ServerCore(ServerOptions options, Handler& handler)
    : options_(std::move(options)),
      handler_(handler),
      ioc_(std::max(1, options_.io_threads)),
      workers_(static_cast<std::size_t>(std::max(1, options_.worker_threads))),
      strand_(net::make_strand(ioc_)),
      acceptor_(strand_),
      drain_timer_(strand_),
      accept_timer_(strand_) {
  crypto::init();  // request ids draw on libsodium's generator
}

ServerCore::~ServerCore() = default;

pv::Status ServerCore::listen() {
  auto address = parse_listen_address(options_.listen);
  if (!address) {
    return pv::Error(pv::ErrorKind::kInvalid, "bad_listen_address",
                     "listen address '" + options_.listen + "' is not host:port");
  }
  beast::error_code ec;
  tcp::endpoint endpoint(net::ip::make_address(address->host, ec), address->port);
  if (ec) {
    return pv::Error(pv::ErrorKind::kInvalid, "bad_listen_address",
                     "listen address '" + options_.listen + "': " + ec.message());
  }
  auto failed = [&](const char* step) {
    bool in_use = ec == net::error::address_in_use;
    return pv::Error(pv::ErrorKind::kUnavailable, in_use ? "address_in_use" : "listen_failed",
                     std::string("cannot ") + step + " " + options_.listen + ": " + ec.message());
  };
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return failed("open a socket for");
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return failed("set SO_REUSEADDR on");
  acceptor_.bind(endpoint, ec);
  if (ec) return failed("bind");
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return failed("listen on");
  local_address_ = format_endpoint(acceptor_.local_endpoint(ec));
  listening_ = true;
  spdlog::info("http: listening on {}", local_address_);
  return pv::Ok{};
}

void ServerCore::run() {
  if (!listening_) {
    spdlog::error("http: run() without a successful listen()");
    return;
  }
  if (options_.handle_signals) {
    signals_.emplace(strand_, SIGINT, SIGTERM);
    signals_->async_wait([this](beast::error_code ec, int signal) {
      if (ec) return;
      spdlog::info("http: signal {} received", signal);
      begin_shutdown();
    });
  }
  net::post(strand_, [this] {
    if (stop_requested_) return begin_shutdown();
    do_accept();
  });
  std::vector<std::thread> threads;
  for (int i = 1; i < options_.io_threads; ++i)
    threads.emplace_back([this] { ioc_.run(); });
  ioc_.run();
  for (auto& t : threads)
    t.join();
  // Connections still open here outlived the grace period (a handler hangs, or a
  // client is slow): no I/O thread runs now, so close their sockets from here,
  // and their clients are not left waiting.
  for (auto& s : live_sessions())
    s->abort();
  spdlog::info("http: stopped");
}

void ServerCore::stop() {
  stop_requested_ = true;
  net::post(strand_, [this] { begin_shutdown(); });
}

void ServerCore::do_accept() {
  acceptor_.async_accept(net::make_strand(ioc_),
                         beast::bind_front_handler(&ServerCore::on_accept, this));
}

void ServerCore::on_accept(beast::error_code ec, tcp::socket socket) {
  if (stopping_ || ec == net::error::operation_aborted) return;
  if (ec) {
    // Out of descriptors, typically: pause rather than spin on the error.
    log_transport_error("accepting a connection", ec, "");
    accept_timer_.expires_after(kAcceptRetry);
    accept_timer_.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec && !stopping_) do_accept();
    });
    return;
  }
  auto mode = Session::Mode::kServe;
  if (connections_.load() >= options_.max_connections) {
    if (rejecting_.load() >= kMaxRejecting) {
      spdlog::warn("http: connection refused unanswered: {} connections open", connections_.load());
      do_accept();
      return;  // the socket closes as it goes out of scope
    }
    mode = Session::Mode::kReject;
  }
  auto session = std::make_shared<Session>(std::move(socket), *this, mode);
  {
    std::lock_guard lock(mutex_);
    sessions_.emplace(session.get(), session);
    (mode == Session::Mode::kServe ? connections_ : rejecting_)++;
  }
  session->start();
  do_accept();
}

std::vector<std::shared_ptr<Session>> ServerCore::live_sessions() {
  std::vector<std::shared_ptr<Session>> live;
  std::lock_guard lock(mutex_);
  for (auto& [raw, weak] : sessions_) {
    if (auto s = weak.lock()) live.push_back(std::move(s));
  }
  return live;
}

void ServerCore::remove(Session* session, bool counted) {
  std::lock_guard lock(mutex_);
  sessions_.erase(session);
  (counted ? connections_ : rejecting_)--;
}

Response ServerCore::invoke(Request& request) noexcept {
  struct Running {
    std::atomic<int>& n;
    explicit Running(std::atomic<int>& count) : n(count) { ++n; }
    ~Running() { --n; }
  } running(running_);
  try {
    return handler_.handle(request);
  } catch (const pv::Error& e) {
    return error_response(e, request.request_id);
  } catch (const std::exception& e) {
    spdlog::error("http: handler threw for {} {} (request {}): {}", request.method, request.path,
                  request.request_id, e.what());
  } catch (...) {
    spdlog::error("http: handler threw for {} {} (request {})", request.method, request.path,
                  request.request_id);
  }
  return error_response(pv::Error(pv::ErrorKind::kInternal, "internal", "Internal server error"),
                        request.request_id);
}

void ServerCore::begin_shutdown() {
  if (stopping_.exchange(true)) return;
  beast::error_code ec;
  acceptor_.close(ec);  // from now on, connecting is refused
  accept_timer_.cancel();
  if (signals_) {
    // A second SIGINT or SIGTERM gets the default action: the impatient can kill.
    signals_->clear(ec);
    signals_->cancel(ec);
  }
  auto live = live_sessions();
  spdlog::info("http: shutting down: {} connections open, {} requests running", live.size(),
               running_.load());
  for (auto& s : live)
    s->shutdown();
  shutdown_deadline_ = std::chrono::steady_clock::now() + options_.shutdown_grace;
  watch_drain();
}

void ServerCore::watch_drain() {
  if (connections_.load() + rejecting_.load() == 0) {
    ioc_.stop();
    return;
  }
  auto now = std::chrono::steady_clock::now();
  if (now >= shutdown_deadline_) {
    spdlog::warn("http: shutdown grace over with {} connections open, {} requests running",
                 connections_.load() + rejecting_.load(), running_.load());
    ioc_.stop();
    return;
  }
  drain_timer_.expires_after(
      std::min<std::chrono::steady_clock::duration>(kDrainPoll, shutdown_deadline_ - now));
  drain_timer_.async_wait([this](beast::error_code ec) {
    if (!ec) watch_drain();
  });
}

}  // namespace pv::http::detail
