#include "http/beast_client.h"

#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include "http/beast.h"

namespace pv::http {
namespace {

using namespace detail;
namespace ssl = net::ssl;
using Clock = std::chrono::steady_clock;

struct Endpoint {
  bool tls = false;
  std::string host;  // as in the URL, without IPv6 brackets
  std::string port;
  std::string host_header;
  std::string target;  // path and query
  std::string where;   // "host:port/path", for messages: no query (it may hold secrets)
};

bool is_loopback_host(const std::string& host) {
  if (host == "localhost") return true;
  beast::error_code ec;
  auto address = net::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

std::optional<Endpoint> parse_endpoint(const std::string& url, std::string& why) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) {
    why = "not an absolute URL";
    return std::nullopt;
  }
  const auto& u = *parsed;
  Endpoint e;
  if (u.scheme() == "https") {
    e.tls = true;
  } else if (u.scheme() != "http") {
    why = "scheme is neither http nor https";
    return std::nullopt;
  }
  e.host = u.host_type() == boost::urls::host_type::ipv6 ? u.host_ipv6_address().to_string()
                                                         : std::string(u.host());
  if (e.host.empty()) {
    why = "no host";
    return std::nullopt;
  }
  e.port = u.has_port() ? std::string(u.port()) : (e.tls ? "443" : "80");
  e.host_header = std::string(u.encoded_host_and_port());
  e.target = std::string(u.encoded_target());
  if (e.target.empty() || e.target.front() != '/') e.target = "/" + e.target;
  e.where = e.host_header + std::string(u.encoded_path());
  return e;
}

TransportError not_sent(const std::string& message) {
  return TransportError{TransportError::Stage::kNotSent, message};
}

// One request: its own io_context, run on the calling thread.
class Call {
 public:
  Call(const ClientOptions& options, ssl::context& tls, const Endpoint& endpoint)
      : options_(options), tls_(tls), e_(endpoint) {}

  ClientResult run(bhttp::request<bhttp::string_body>& message) {
    if (e_.tls) {
      beast::ssl_stream<beast::tcp_stream> stream(ioc_, tls_);
      return exchange(stream, beast::get_lowest_layer(stream), message);
    }
    beast::tcp_stream stream(ioc_);
    return exchange(stream, stream, message);
  }

 private:
  // Runs the operations started so far to completion.
  void wait() {
    ioc_.restart();
    ioc_.run();
  }

  // Resolves and connects before the deadline. (A lookup stuck in the system
  // resolver ends with the resolver's own timeout: Asio's cancellation takes
  // effect when getaddrinfo returns.)
  beast::error_code connect(beast::tcp_stream& tcp, Clock::time_point deadline) {
    tcp::resolver resolver(ioc_);
    net::steady_timer timer(ioc_, deadline);
    beast::error_code ec;
    tcp::resolver::results_type results;
    resolver.async_resolve(e_.host, e_.port, [&](beast::error_code rec, auto found) {
      ec = rec;
      results = std::move(found);
      timer.cancel();
    });
    timer.async_wait([&](beast::error_code tec) {
      if (!tec) resolver.cancel();
    });
    wait();
    if (ec == net::error::operation_aborted) ec = beast::error::timeout;
    if (ec) return ec;
    tcp.expires_at(deadline);
    tcp.async_connect(results, [&](beast::error_code cec, const auto&) { ec = cec; });
    wait();
    return ec;
  }

  beast::error_code handshake(beast::tcp_stream&) { return {}; }
  beast::error_code handshake(beast::ssl_stream<beast::tcp_stream>& stream) {
    // SNI (SSL_set_tlsext_host_name, whose macro form casts the old way).
    if (!SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                  const_cast<char*>(e_.host.c_str()))) {
      return beast::error_code(static_cast<int>(::ERR_get_error()), net::error::get_ssl_category());
    }
    stream.set_verify_callback(ssl::host_name_verification(e_.host));
    beast::error_code ec;
    stream.async_handshake(ssl::stream_base::client, [&](beast::error_code hec) { ec = hec; });
    wait();
    return ec;
  }

  template <class Stream>
  ClientResult exchange(Stream& stream, beast::tcp_stream& tcp,
                        bhttp::request<bhttp::string_body>& message) {
    // The handshake shares the connect deadline (tcp's expiry, still set).
    if (auto ec = connect(tcp, Clock::now() + options_.connect_timeout)) {
      return not_sent("connecting to " + e_.where + ": " + ec.message());
    }
    if (auto ec = handshake(stream)) {
      return not_sent("TLS handshake with " + e_.where + ": " + ec.message());
    }
    tcp.expires_after(options_.request_timeout);  // the write and the read, together
    beast::error_code ec;
    bhttp::async_write(stream, message, [&](beast::error_code wec, std::size_t) { ec = wec; });
    wait();
    // A write that broke off left the peer an incomplete request, which it cannot act on.
    if (ec) return not_sent("sending to " + e_.where + ": " + ec.message());

    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(options_.response_limit);
    bhttp::async_read(stream, buffer, parser,
                      [&](beast::error_code rec, std::size_t) { ec = rec; });
    wait();
    beast::error_code ignored;
    tcp.socket().shutdown(tcp::socket::shutdown_both, ignored);
    tcp.close();
    if (ec) {
      return TransportError{TransportError::Stage::kUnknown,
                            "request sent to " + e_.where + ", then: " + ec.message()};
    }
    auto response = parser.release();
    ClientResponse out;
    out.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
      out.headers.add(std::string(field.name_string()), std::string(field.value()));
    }
    out.body = std::move(response.body());
    return out;
  }

  const ClientOptions& options_;
  ssl::context& tls_;
  const Endpoint& e_;
  net::io_context ioc_;
};

bhttp::request<bhttp::string_body> build(const ClientRequest& in, const Endpoint& e) {
  bhttp::request<bhttp::string_body> out;
  out.version(11);
  out.method_string(in.method);
  out.target(e.target);
  out.set(bhttp::field::host, e.host_header);
  out.set(bhttp::field::user_agent, "Porte-voix/0.1");
  for (const auto& [name, value] : in.headers) {
    if (iequals(name, "Host") || iequals(name, "Content-Length") || iequals(name, "Connection") ||
        iequals(name, "Transfer-Encoding"))
      continue;
    out.set(name, value);
  }
  out.body() = in.body;
  if (!in.body.empty() || in.method == "POST" || in.method == "PUT" || in.method == "PATCH") {
    out.prepare_payload();
  }
  out.keep_alive(false);
  return out;
}

class BeastClient final : public Client {
 public:
  explicit BeastClient(ClientOptions options) : options_(options), tls_(ssl::context::tls_client) {
    tls_.set_default_verify_paths();
    tls_.set_verify_mode(ssl::verify_peer);
    tls_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                     ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  }

  ClientResult send(const ClientRequest& request) override {
    std::string why;
    auto endpoint = parse_endpoint(request.url, why);
    if (!endpoint) return not_sent("bad URL: " + why);
    if (!endpoint->tls && options_.plain_http_loopback_only && !is_loopback_host(endpoint->host)) {
      return not_sent("plain http is allowed to loopback addresses only: " + endpoint->where);
    }
    auto message = build(request, *endpoint);
    return Call(options_, tls_, *endpoint).run(message);
  }

 private:
  const ClientOptions options_;
  ssl::context tls_;  // configured once, then only read: shared by concurrent calls
};

}  // namespace

Client::~Client() = default;

std::unique_ptr<Client> make_beast_client(ClientOptions options) {
  return std::make_unique<BeastClient>(options);
}

}  // namespace pv::http
