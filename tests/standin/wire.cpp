#include "standin/wire.h"

#include <stdexcept>
#include <thread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "http/listen_address.h"
#include "http/target.h"

namespace pv::standin {
namespace {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

Exchange to_exchange(bhttp::request<bhttp::string_body>&& message) {
  Exchange ex;
  ex.method = std::string(message.method_string());
  ex.target = std::string(message.target());
  if (auto target = http::parse_target(ex.target)) {
    ex.path = std::move(target->path);
    ex.query = std::move(target->query);
  } else {
    ex.path = ex.target;
  }
  for (const auto& field : message)
    ex.headers.add(std::string(field.name_string()), std::string(field.value()));
  ex.body = std::move(message.body());
  return ex;
}

void serve_connection(tcp::socket socket, const Handler& handler) {
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.body_limit(16 * 1024 * 1024);
    beast::error_code ec;
    bhttp::read(socket, buffer, parser, ec);
    if (ec) break;
    const bool keep_alive = parser.get().keep_alive();
    const unsigned version = parser.get().version();
    Reply reply = handler(to_exchange(parser.release()));
    if (reply.drop) break;
    bhttp::response<bhttp::string_body> out;
    out.version(version);
    out.result(static_cast<unsigned>(reply.status));
    for (const auto& [name, value] : reply.headers)
      out.set(name, value);
    out.body() = std::move(reply.body);
    out.prepare_payload();
    out.keep_alive(keep_alive);
    bhttp::write(socket, out, ec);
    if (ec || !keep_alive) break;
  }
  beast::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
}

}  // namespace

std::optional<std::string> Exchange::param(const std::string& name) const {
  for (const auto& [k, v] : query) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<std::string> Exchange::header(const std::string& name) const {
  auto v = headers.get(name);
  return v ? std::optional(std::string(*v)) : std::nullopt;
}

std::vector<std::pair<std::string, std::string>> decode_form(const std::string& text) {
  auto target = http::parse_target("/?" + text);
  return target ? target->query : std::vector<std::pair<std::string, std::string>>{};
}

std::string serve(const std::string& listen, Handler handler) {
  auto address = http::parse_listen_address(listen);
  if (!address) throw std::runtime_error("bad listen address " + listen);
  // Leaked on purpose: it serves until the process exits.
  auto* ioc = new net::io_context;
  auto* acceptor =
      new tcp::acceptor(*ioc, tcp::endpoint(net::ip::make_address(address->host), address->port));
  auto bound = acceptor->local_endpoint();
  std::thread([acceptor, handler = std::move(handler)] {
    for (;;) {
      beast::error_code ec;
      tcp::socket socket = acceptor->accept(ec);
      if (ec) continue;
      std::thread(serve_connection, std::move(socket), std::cref(handler)).detach();
    }
  }).detach();
  return bound.address().to_string() + ":" + std::to_string(bound.port());
}

}  // namespace pv::standin
