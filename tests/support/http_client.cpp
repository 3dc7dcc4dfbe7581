#include "support/http_client.h"

#include <ctime>
#include <system_error>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "support/endpoint.h"

namespace pv::testing {
namespace beast = boost::beast;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return beast::iequals(a, b);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

// True when an Expires attribute names a time already past.
bool expired(std::string_view expires) {
  std::tm tm{};
  std::string text(expires);
  if (!strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm)) return false;
  return timegm(&tm) <= std::time(nullptr);
}

}  // namespace

std::optional<std::string> HttpResponse::header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (iequals(n, name)) return v;
  }
  return std::nullopt;
}

std::vector<std::string> HttpResponse::header_values(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [n, v] : headers) {
    if (iequals(n, name)) out.push_back(v);
  }
  return out;
}

nlohmann::json HttpResponse::json() const {
  return nlohmann::json::parse(body);
}

struct HttpClient::Impl {
  std::string address;
  net::ip::tcp::endpoint endpoint;
  std::chrono::milliseconds timeout;
  net::io_context ioc;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;
  std::map<std::string, std::string> cookies;
  int opened = 0;

  // Runs one asynchronous operation to completion on this thread.
  template <class Start>
  beast::error_code run(Start&& start) {
    beast::error_code result = net::error::would_block;
    stream->expires_after(timeout);
    start([&result](beast::error_code ec, std::size_t = 0) { result = ec; });
    ioc.restart();
    ioc.run();
    return result;
  }

  void connect() {
    stream.emplace(ioc);
    buffer.clear();
    auto ec = run([&](auto handler) { stream->async_connect(endpoint, handler); });
    if (ec) {
      stream.reset();
      throw std::system_error(ec, "connecting to " + address);
    }
    ++opened;
  }

  void close() {
    if (!stream) return;
    beast::error_code ec;
    stream->socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
    stream->close();
    stream.reset();
  }

  void remember(std::string_view set_cookie) {
    auto semi = set_cookie.find(';');
    auto pair = trim(set_cookie.substr(0, semi));
    auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) return;
    std::string name(pair.substr(0, eq));
    std::string value(pair.substr(eq + 1));
    bool remove = false;
    bool has_max_age = false;
    while (semi != std::string_view::npos) {
      set_cookie.remove_prefix(semi + 1);
      semi = set_cookie.find(';');
      auto attribute = trim(set_cookie.substr(0, semi));
      auto aeq = attribute.find('=');
      auto key = attribute.substr(0, aeq);
      auto val = aeq == std::string_view::npos ? std::string_view() : attribute.substr(aeq + 1);
      if (iequals(key, "Max-Age")) {
        has_max_age = true;
        remove = val.empty() || val.front() == '-' || val == "0";
      } else if (iequals(key, "Expires") && !has_max_age) {
        remove = expired(val);
      }
    }
    if (remove) {
      cookies.erase(name);
    } else {
      cookies[name] = value;
    }
  }

  // One attempt; nullopt when a reused connection turned out to be closed by the
  // server before anything came back (the request is then sent again).
  std::optional<HttpResponse> attempt(std::string_view method, std::string_view target,
                                      const HeaderList& headers, const std::string& body) {
    bool reused = stream.has_value();
    if (!reused) connect();

    bhttp::request<bhttp::string_body> req;
    req.version(11);
    req.method_string(method);
    req.target(target);
    req.set(bhttp::field::host, address);
    req.set(bhttp::field::user_agent, "portevoix-tests");
    if (!cookies.empty()) {
      std::string jar;
      for (const auto& [n, v] : cookies)
        jar += (jar.empty() ? "" : "; ") + n + "=" + v;
      req.set(bhttp::field::cookie, jar);
    }
    for (const auto& [n, v] : headers)
      req.set(n, v);
    req.body() = body;
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
      req.prepare_payload();
    }

    auto write_ec = run([&](auto handler) { bhttp::async_write(*stream, req, handler); });
    // Even when the write failed, the server may have answered (a 413 sent before
    // the whole body arrived): read what it said.
    std::optional<bhttp::response_parser<bhttp::string_body>> parser;
    beast::error_code read_ec;
    do {
      parser.emplace();
      parser->body_limit(boost::none);
      parser->skip(method == "HEAD");
      read_ec = run([&](auto handler) { bhttp::async_read(*stream, buffer, *parser, handler); });
    } while (!read_ec && parser->get().result_int() / 100 == 1);
    if (read_ec) {
      bool nothing_came = !parser->got_some();
      close();
      if (reused && nothing_came) return std::nullopt;
      throw std::system_error(write_ec ? write_ec : read_ec,
                              std::string("HTTP ") + std::string(method) + " " +
                                  std::string(target) + " to " + address);
    }
    auto res = parser->release();
    HttpResponse out;
    out.status = static_cast<int>(res.result_int());
    for (const auto& field : res) {
      out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
      if (field.name() == bhttp::field::set_cookie) remember(field.value());
    }
    out.body = std::move(res.body());
    if (!res.keep_alive() || write_ec) close();
    return out;
  }
};

HttpClient::HttpClient(std::string address, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
  impl_->endpoint = parse_endpoint(address);
  impl_->address = std::move(address);
  impl_->timeout = timeout;
}

HttpClient::~HttpClient() {
  impl_->close();
}

HttpResponse HttpClient::request(std::string_view method, std::string_view target,
                                 const HeaderList& headers, std::string body) {
  if (auto r = impl_->attempt(method, target, headers, body)) return std::move(*r);
  return *impl_->attempt(method, target, headers, body);  // on a fresh connection: never nullopt
}

HttpResponse HttpClient::get(std::string_view target, const HeaderList& headers) {
  return request("GET", target, headers);
}

HttpResponse HttpClient::post_json(std::string_view target, const nlohmann::json& body,
                                   const HeaderList& headers) {
  HeaderList all = headers;
  all.emplace_back("Content-Type", "application/json");
  return request("POST", target, all, body.dump());
}

std::optional<std::string> HttpClient::cookie(std::string_view name) const {
  auto it = impl_->cookies.find(std::string(name));
  if (it == impl_->cookies.end()) return std::nullopt;
  return it->second;
}

void HttpClient::set_cookie(std::string name, std::string value) {
  impl_->cookies[std::move(name)] = std::move(value);
}

void HttpClient::clear_cookies() {
  impl_->cookies.clear();
}
bool HttpClient::is_open() const {
  return impl_->stream.has_value();
}
void HttpClient::close() {
  impl_->close();
}
int HttpClient::connections_opened() const {
  return impl_->opened;
}

}  // namespace pv::testing
