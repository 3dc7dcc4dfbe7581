// pv::testing::HttpClient: a small synchronous HTTP/1.1 client for tests that talk to
// a real Porte-voix server on loopback. One connection, kept alive across
// requests (reopened when the server closed it), and a cookie jar, so that a
// test signs in once and goes on as a browser would. Transport failures
// (refused, reset, timed out) throw std::system_error; any HTTP status is a
// response. Not thread-safe: one client per test thread.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace pv::testing {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse {
  int status = 0;
  HeaderList headers;  // as received, in order
  std::string body;

  // The first value of `name` (case-insensitive).
  std::optional<std::string> header(std::string_view name) const;
  std::vector<std::string> header_values(std::string_view name) const;
  // The body parsed as JSON; throws nlohmann::json::parse_error when it is not.
  nlohmann::json json() const;
};

class HttpClient {
 public:
  // `address`: "127.0.0.1:PORT" or "[::1]:PORT", as Server::local_address() gives.
  explicit HttpClient(std::string address,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends one request and reads its response (skipping any 100 Continue). Adds
  // Host, the jar's cookies and Content-Length; `headers` may override Host.
  HttpResponse request(std::string_view method, std::string_view target,
                       const HeaderList& headers = {}, std::string body = {});
  HttpResponse get(std::string_view target, const HeaderList& headers = {});
  // `body` serialised, with Content-Type application/json.
  HttpResponse post_json(std::string_view target, const nlohmann::json& body,
                         const HeaderList& headers = {});

  // The cookie jar: Set-Cookie from every response; Max-Age=0 or a past Expires
  // removes. Domain, Path and Secure are not looked at (one host, one test).
  std::optional<std::string> cookie(std::string_view name) const;
  void set_cookie(std::string name, std::string value);
  void clear_cookies();

  bool is_open() const;
  void close();
  // How many TCP connections this client has opened (keep-alive means 1).
  int connections_opened() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pv::testing
