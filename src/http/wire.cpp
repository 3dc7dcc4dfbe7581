#include "http/wire.h"

#include <algorithm>
#include <chrono>

#include <spdlog/spdlog.h>

#include "http/standard_headers.h"

namespace pv::http::detail {
namespace {

bool is_digits(std::string_view s) {
  return !s.empty() && s.size() < 20 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Request to_request(BeastRequest&& message, Target&& target, std::string remote_address,
                   std::string request_id) {
  Request r;
  r.method = std::string(message.method_string());
  r.target = std::string(message.target());
  r.path = std::move(target.path);
  r.query = std::move(target.query);
  for (const auto& field : message) {
    r.headers.add(std::string(field.name_string()), std::string(field.value()));
  }
  r.body = std::move(message.body());
  r.remote_address = std::move(remote_address);
  r.request_id = std::move(request_id);
  return r;
}

BeastResponse to_beast(Response&& response, const WireOptions& options) {
  apply_standard_headers(response, options.request_id, std::chrono::system_clock::now());
  int status = response.status;
  if (status < 100 || status > 599) {
    spdlog::error("http: handler answered status {} (request {}); sending 500", status,
                  options.request_id);
    status = 500;
  }
  BeastResponse out;
  out.version(options.version);
  out.result(static_cast<unsigned>(status));
  std::string_view declared_length;
  for (const auto& [name, value] : response.headers) {
    if (iequals(name, "Content-Length")) {
      declared_length = value;
      continue;
    }
    if (iequals(name, "Transfer-Encoding") || iequals(name, "Connection")) continue;
    if (!is_sendable_header(name, value)) {
      spdlog::warn("http: dropped header '{}' with a forbidden character (request {})", name,
                   options.request_id);
      continue;
    }
    out.insert(name, value);
  }
  bool bodiless = status < 200 || status == 204 || status == 304;
  if (!bodiless) {
    if (options.head) {
      // What a GET would carry, when the handler said so; the body stays home.
      out.set(bhttp::field::content_length, is_digits(declared_length)
                                                ? std::string(declared_length)
                                                : std::to_string(response.body.size()));
    } else {
      out.body() = std::move(response.body);
      out.content_length(out.body().size());
    }
  }
  out.keep_alive(options.keep_alive);
  return out;
}

}  // namespace pv::http::detail
