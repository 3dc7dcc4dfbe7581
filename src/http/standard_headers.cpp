#include "http/standard_headers.h"

#include <algorithm>

#include "http/http_date.h"
#include "util/ids.h"

namespace pv::http {
namespace {

bool is_tchar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

}  // namespace

bool is_valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

std::string new_request_id() {
  return pv::new_id(std::chrono::system_clock::now());
}

std::string request_id_for(std::string_view client_id) {
  return is_valid_request_id(client_id) ? std::string(client_id) : new_request_id();
}

void apply_standard_headers(Response& response, std::string_view request_id, TimePoint now) {
  Headers& h = response.headers;
  // The server's id wins: it is the one in the logs.
  h.set("X-Request-Id", std::string(request_id));
  h.set("Date", format_http_date(now));
  h.set_default("Content-Security-Policy", std::string(kContentSecurityPolicy));
  h.set_default("X-Content-Type-Options", "nosniff");
  h.set_default("Referrer-Policy", "strict-origin-when-cross-origin");
  h.set_default("X-Frame-Options", "DENY");
  h.set_default("Cross-Origin-Opener-Policy", "same-origin");
}

bool is_sendable_header(std::string_view name, std::string_view value) {
  if (name.empty() || !std::all_of(name.begin(), name.end(), is_tchar)) return false;
  return value.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

}  // namespace pv::http
