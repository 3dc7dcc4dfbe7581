#include "http/session.h"

#include <algorithm>
#include <string_view>

#include <spdlog/spdlog.h>

#include "http/error_response.h"
#include "http/server_core.h"
#include "http/standard_headers.h"
#include "http/transport_log.h"

namespace pv::http::detail {
namespace {

constexpr std::size_t kFirstRead = 4096;
// After a response that closes the connection, what the client still sends is
// read and dropped for a while, so that the close does not reset the connection
// before the client has read the response (RFC 9112, 9.6).
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = 1 << 20;
constexpr int kOverloadedRetryAfter = 1;
constexpr int kShuttingDownRetryAfter = 5;
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

// A request the parser refused: the client gets 400 before the connection closes.
bool is_malformed(const beast::error_code& ec) {
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
         ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message &&
         ec != bhttp::error::header_limit && ec != bhttp::error::body_limit;
}

std::string remote_of(const tcp::socket& socket) {
  beast::error_code ec;
  auto endpoint = socket.remote_endpoint(ec);
  if (ec) return "unknown";
  auto address = endpoint.address();
  std::string host = address.to_string();
  if (address.is_v6()) host = "[" + host + "]";
  return host + ":" + std::to_string(endpoint.port());
}

}  // namespace

Session::Session(tcp::socket socket, ServerCore& core, Mode mode)
    : core_(core),
      mode_(mode),
      strand_(socket.get_executor()),
      remote_(remote_of(socket)),
      stream_(std::move(socket)) {}

Session::~Session() {
  core_.remove(this, mode_ == Mode::kServe);
}

void Session::start() {
  net::dispatch(strand_, beast::bind_front_handler(&Session::next_request, shared_from_this()));
}

void Session::shutdown() {
  net::post(strand_, beast::bind_front_handler(&Session::on_shutdown, shared_from_this()));
}

void Session::abort() {
  beast::error_code ec;
  stream_.socket().close(ec);
}

void Session::next_request() {
  if (shutdown_requested_ || core_.stopping()) return close_now();
  request_id_.clear();
  parser_.emplace();
  parser_->header_limit(
      static_cast<std::uint32_t>(std::min<std::size_t>(core_.options().header_limit, UINT32_MAX)));
  // No body limit until the header says which route this is (read_header).
  parser_->body_limit(boost::none);
  if (buffer_.size() > 0) return read_header();  // a pipelined request is already here
  state_ = State::kIdle;
  stream_.expires_after(first_request_ ? core_.options().read_timeout
                                       : core_.options().idle_timeout);
  stream_.async_read_some(buffer_.prepare(kFirstRead),
                          beast::bind_front_handler(&Session::on_first_bytes, shared_from_this()));
}

void Session::on_first_bytes(beast::error_code ec, std::size_t n) {
  if (ec) return fail(ec, "waiting for a request");
  buffer_.commit(n);
  read_header();
}

void Session::read_header() {
  state_ = State::kHeader;
  first_request_ = false;
  stream_.expires_after(core_.options().read_timeout);
  bhttp::async_read_header(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Session::on_header, shared_from_this()));
}

void Session::on_header(beast::error_code ec, std::size_t) {
  if (ec == bhttp::error::header_limit) {
    return send_error(
        pv::Error(pv::ErrorKind::kTooLarge, "header_too_large", "The request header is too large",
                  {{"limit", core_.options().header_limit}}),
        431);
  }
  if (ec && is_malformed(ec)) {
    return send_error(
        pv::Error(pv::ErrorKind::kBadRequest, "malformed_request", "Malformed HTTP request"));
  }
  if (ec) return fail(ec, "reading a request header");

  const auto& header = parser_->get();
  request_id_ = request_id_for(header["X-Request-Id"]);
  version_ = header.version();
  keep_alive_ = header.keep_alive();
  head_ = header.method() == bhttp::verb::head;

  if (mode_ == Mode::kReject) {
    return send_error(pv::Error(pv::ErrorKind::kUnavailable, "overloaded",
                                "The server is busy; try again shortly")
                          .with_retry_after(kOverloadedRetryAfter));
  }
  if (shutdown_requested_ || core_.stopping()) {
    return send_error(pv::Error(pv::ErrorKind::kUnavailable, "shutting_down",
                                "The server is shutting down; try again shortly")
                          .with_retry_after(kShuttingDownRetryAfter));
  }
  auto target = parse_target(header.target());
  if (!target) {
    return send_error(
        pv::Error(pv::ErrorKind::kBadRequest, "bad_target", "Malformed request target"));
  }
  target_ = std::move(*target);

  std::size_t& limit = body_limit_;
  try {
    limit = core_.handler().body_limit(header.method_string(), target_.path);
  } catch (const std::exception& e) {
    spdlog::error("http: body_limit() threw for request {}: {}", request_id_, e.what());
    return send_error(pv::Error(pv::ErrorKind::kInternal, "internal", "Internal server error"));
  }
  auto length = parser_->content_length();
  if (length && *length > limit) {
    return send_error(pv::Error(pv::ErrorKind::kTooLarge, "body_too_large",
                                "The request body is too large", {{"limit", limit}}));
  }
  parser_->body_limit(limit);
  if (parser_->is_done()) return dispatch_to_handler();

  auto expect = header[bhttp::field::expect];
  if (version_ >= 11 && beast::iequals(expect, "100-continue")) {
    // The client waits for our word before sending the body it announced.
    state_ = State::kContinue;
    stream_.expires_after(core_.options().write_timeout);
    return net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                            beast::bind_front_handler(&Session::on_continue, shared_from_this()));
  }
  read_body();
}

void Session::on_continue(beast::error_code ec, std::size_t) {
  if (ec) return fail(ec, "writing 100 Continue");
  read_body();
}

void Session::read_body() {
  state_ = State::kBody;
  stream_.expires_after(core_.options().read_timeout);
  bhttp::async_read(stream_, buffer_, *parser_,
                    beast::bind_front_handler(&Session::on_body, shared_from_this()));
}

void Session::on_body(beast::error_code ec, std::size_t) {
  if (ec == bhttp::error::body_limit) {
    return send_error(pv::Error(pv::ErrorKind::kTooLarge, "body_too_large",
                                "The request body is too large", {{"limit", body_limit_}}));
  }
  if (ec && is_malformed(ec)) {
    return send_error(
        pv::Error(pv::ErrorKind::kBadRequest, "malformed_request", "Malformed HTTP request"));
  }
  if (ec) return fail(ec, "reading a request body");
  dispatch_to_handler();
}

void Session::dispatch_to_handler() {
  state_ = State::kHandling;
  stream_.expires_never();
  Request request = to_request(parser_->release(), std::move(target_), remote_, request_id_);
  parser_.reset();
  // The handler may block: it runs on the pool, and its response comes back to
  // this connection's strand. The work guard keeps run() alive meanwhile.
  net::post(core_.workers(), [self = shared_from_this(), request = std::move(request),
                              work = core_.track_work()]() mutable {
    Response response = self->core_.invoke(request);
    auto strand = self->strand_;
    net::post(strand,
              [self = std::move(self), response = std::move(response),
               work = std::move(work)]() mutable { self->send(std::move(response), false); });
  });
}

void Session::send_error(const pv::Error& error, int status) {
  if (request_id_.empty()) request_id_ = new_request_id();
  Response response = error_response(error, request_id_);
  if (status != 0) response.status = status;
  spdlog::debug("http: {} {} for {} (request {})", response.status, error.code(), remote_,
                request_id_);
  send(std::move(response), true);
}

void Session::send(Response response, bool close) {
  if (state_ == State::kClosed) return;  // closed while the handler ran
  state_ = State::kWriting;
  bool keep_alive =
      !close && keep_alive_ && mode_ == Mode::kServe && !shutdown_requested_ && !core_.stopping();
  response_ = to_beast(
      std::move(response),
      WireOptions{
          .version = version_, .head = head_, .keep_alive = keep_alive, .request_id = request_id_});
  stream_.expires_after(core_.options().write_timeout);
  bhttp::async_write(stream_, *response_,
                     beast::bind_front_handler(&Session::on_write, shared_from_this(), keep_alive));
}

void Session::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
  response_.reset();
  if (ec) return fail(ec, "writing a response");
  if (!keep_alive) return linger();
  next_request();
}

void Session::linger() {
  if (shutdown_requested_) return close_now();
  state_ = State::kLingering;
  beast::error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  if (ec) return close_now();
  lingered_ = 0;
  stream_.expires_after(std::min<std::chrono::seconds>(core_.options().read_timeout, kLingerTime));
  stream_.async_read_some(net::buffer(drain_),
                          beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

void Session::on_linger(beast::error_code ec, std::size_t n) {
  lingered_ += n;
  if (ec || lingered_ > kLingerBytes) return close_now();
  stream_.async_read_some(net::buffer(drain_),
                          beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

void Session::on_shutdown() {
  shutdown_requested_ = true;
  // An idle connection has nothing in flight; the others finish their request.
  if (state_ == State::kIdle || state_ == State::kLingering) close_now();
}

void Session::close_now() {
  state_ = State::kClosed;
  beast::error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
  stream_.close();
}

void Session::fail(beast::error_code ec, const char* what) {
  log_transport_error(what, ec, remote_);
  close_now();
}

}  // namespace pv::http::detail
