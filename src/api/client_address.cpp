#include "api/client_address.h"

namespace pv::api {

std::string client_address(const http::Request& request, bool trust_forwarded_for) {
  if (auto forwarded = request.header("X-Forwarded-For"); forwarded && trust_forwarded_for) {
    std::string_view list = *forwarded;
    auto comma = list.rfind(',');
    std::string_view last = comma == std::string_view::npos ? list : list.substr(comma + 1);
    while (!last.empty() && last.front() == ' ')
      last.remove_prefix(1);
    while (!last.empty() && last.back() == ' ')
      last.remove_suffix(1);
    if (!last.empty()) return std::string(last);
  }
  const std::string& a = request.remote_address;
  if (!a.empty() && a.front() == '[') {  // "[v6]:port"
    auto close = a.find(']');
    return close == std::string::npos ? a : a.substr(0, close + 1);
  }
  auto colon = a.rfind(':');
  // No port, or a bare IPv6 address (several colons).
  if (colon == std::string::npos || a.find(':') != colon) return a;
  return a.substr(0, colon);
}

}  // namespace pv::api
