// pv::http::Server: the HTTP/1.1 server every request goes through. It reads each
// request under limits (header size, the Handler's body limit, timeouts), hands it
// to the Handler on a worker thread, and writes the response back on the
// connection's strand, adding the request id and the security headers. No Beast
// in this header: the Asio and Beast machinery lives in server_core.h and
// session.h, private to src/http/.
//
// Lifecycle, all from one owning thread: construct, listen(), run() (blocks until
// SIGTERM, SIGINT or stop(), then shuts down gracefully), destroy. stop(),
// connections() and handlers_running() may be called from any thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "http/handler.h"
#include "util/result.h"

namespace pv::http {

namespace detail {
class ServerCore;
}

struct ServerOptions {
  // host:port; the host is an IP address (IPv6 in brackets) or "localhost";
  // port 0 picks a free one (see local_address()).
  std::string listen = "127.0.0.1:8080";
  int io_threads = 1;
  int worker_threads = 8;
  // Connections served at once; beyond, a connection gets 503 with Retry-After.
  int max_connections = 512;
  std::size_t header_limit = 16 * 1024;  // bytes; beyond, 431
  // read: a whole request header (from its first byte), then a whole body;
  // write: a whole response; idle: waiting for the next request on a kept-alive
  // connection (the first request of a connection gets read_timeout).
  std::chrono::seconds read_timeout{30}, write_timeout{30}, idle_timeout{60};
  // How long in-flight requests get to finish once shutdown begins.
  std::chrono::seconds shutdown_grace{10};
  // run() catches SIGINT and SIGTERM (tests running several servers may say no).
  bool handle_signals = true;
};

class Server {
 public:
  // `handler` must outlive the Server.
  Server(ServerOptions options, Handler& handler);
  // A handler still blocked in handle() after run() returned is abandoned, with
  // what it uses, rather than waited for: the process is about to exit.
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens: kInvalid "bad_listen_address", kUnavailable
  // "address_in_use", or kUnavailable "listen_failed".
  pv::Status listen();
  // "127.0.0.1:PORT" ("[::1]:PORT" for IPv6) once listening; "" before.
  std::string local_address() const;

  // Serves on io_threads threads (this one included) until SIGTERM, SIGINT or
  // stop(); then stops accepting (new connections are refused), closes idle
  // connections at once, lets in-flight requests finish and write their
  // responses (Connection: close) for up to shutdown_grace, closes the rest, and
  // returns. Returns at once when listen() did not succeed.
  void run();
  // Begins the shutdown that makes run() return; before run(), makes run() return
  // at once. Any thread; idempotent.
  void stop();

  int connections() const;       // connections being served now (not those refused)
  int handlers_running() const;  // requests inside Handler::handle() now

 private:
  std::unique_ptr<detail::ServerCore> core_;
};

}  // namespace pv::http
