// Private to src/http/: one connection. It owns its stream (on its own strand),
// its read buffer and, per request, a fresh parser; it is kept alive by the
// handlers of its pending operations (shared_from_this), and its own methods
// run only on its strand, except start() and shutdown(), which may be called from
// any thread. The cycle per request: wait for the first byte (idle timeout), read
// the header (read timeout, header limit), ask the Handler for the body limit,
// read the body (read timeout), run the Handler on a worker thread, write the
// response (write timeout), and either start again or close.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "http/beast.h"
#include "http/target.h"
#include "http/wire.h"
#include "util/error.h"

namespace pv::http::detail {

class ServerCore;

class Session : public std::enable_shared_from_this<Session> {
 public:
  // kReject: the server is full; read the request header and answer 503.
  enum class Mode { kServe, kReject };

  Session(tcp::socket socket, ServerCore& core, Mode mode);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  Mode mode() const { return mode_; }
  void start();
  // The server is shutting down: close now when idle, otherwise finish the
  // current request and close.
  void shutdown();
  // Closes the socket from outside the strand: only once no thread runs the
  // io_context any more (the end of a shutdown whose grace ran out).
  void abort();

 private:
  enum class State { kIdle, kHeader, kContinue, kBody, kHandling, kWriting, kLingering, kClosed };

  void next_request();
  void on_first_bytes(beast::error_code ec, std::size_t n);
  void read_header();
  void on_header(beast::error_code ec, std::size_t n);
  void on_continue(beast::error_code ec, std::size_t n);
  void read_body();
  void on_body(beast::error_code ec, std::size_t n);
  void dispatch_to_handler();
  void send(Response response, bool close);
  // error_response(error), then close; `status` replaces the kind's status for
  // the transport's own 431, which no pv::ErrorKind names.
  void send_error(const pv::Error& error, int status = 0);
  void on_write(bool keep_alive, beast::error_code ec, std::size_t n);
  void linger();
  void on_linger(beast::error_code ec, std::size_t n);
  void on_shutdown();
  void close_now();
  // Logs the error (transport_log.h) and ends the session.
  void fail(beast::error_code ec, const char* what);

  ServerCore& core_;
  const Mode mode_;
  const net::any_io_executor strand_;
  const std::string remote_;  // "ip:port", for the logs and Request::remote_address
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<BeastResponse> response_;
  State state_ = State::kIdle;
  bool first_request_ = true;
  bool shutdown_requested_ = false;

  // The request being served.
  std::string request_id_;
  Target target_;
  unsigned version_ = 11;
  bool head_ = false;
  bool keep_alive_ = false;
  std::size_t body_limit_ = 0;

  std::size_t lingered_ = 0;
  std::array<char, 4096> drain_{};
};

}  // namespace pv::http::detail
