// pv::http::Client: outbound HTTP/1.1 requests (the social networks' APIs), free
// of Beast. One request per call, on its own connection, synchronous: the caller
// (a worker thread, the scheduler) blocks until the response, a timeout or a
// failure. The Beast implementation is in beast_client.h; tests put fakes behind
// this interface.
//
// A failure says how far the request got, because the two cases call for
// opposite actions on a call that creates something (a post):
//   kNotSent:  nothing reached the peer whole (no address, refused, TLS failed,
//              the write broke off): safe to try again;
//   kUnknown:  the whole request was written, then the connection timed out or
//              dropped before a complete response: the peer may have acted on it,
//              so a create must not be repeated blindly.
//
// Implementations are safe to call from several threads at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "http/headers.h"

namespace pv::http {

struct ClientRequest {
  std::string method = "GET";
  std::string url;  // absolute: https://host[:port]/path?query (http:// for loopback only)
  Headers headers;  // Host, Content-Length and Connection are set by the client
  std::string body;
};

struct ClientResponse {
  int status = 0;
  Headers headers;
  std::string body;
};

struct TransportError {
  enum class Stage { kNotSent, kUnknown };
  Stage stage = Stage::kNotSent;
  std::string message;  // for logs: what failed and why, never the request's secrets

  bool sent() const { return stage == Stage::kUnknown; }
};

// A response (any status) or a transport failure.
class ClientResult {
 public:
  ClientResult(ClientResponse response) : v_(std::move(response)) {}  // NOLINT: implicit
  ClientResult(TransportError error) : v_(std::move(error)) {}        // NOLINT: implicit

  bool ok() const { return v_.index() == 0; }
  const ClientResponse& response() const { return std::get<0>(v_); }
  const TransportError& error() const { return std::get<1>(v_); }

 private:
  std::variant<ClientResponse, TransportError> v_;
};

struct ClientOptions {
  // Resolving, connecting and the TLS handshake, together.
  std::chrono::milliseconds connect_timeout{10'000};
  // Writing the request and reading the whole response, together.
  std::chrono::milliseconds request_timeout{30'000};
  std::size_t response_limit = 4 * 1024 * 1024;  // bytes of response body at most
  // Plain http:// is refused except to loopback addresses (the stand-in network
  // server of the tests), so that tokens never cross a network in clear.
  bool plain_http_loopback_only = true;
};

class Client {
 public:
  virtual ~Client();
  virtual ClientResult send(const ClientRequest& request) = 0;
};

}  // namespace pv::http
