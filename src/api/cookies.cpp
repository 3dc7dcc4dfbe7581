#include "api/cookies.h"

namespace pv::api {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> cookie(const http::Request& request, const std::string& name) {
  for (std::string_view header : request.headers.get_all("Cookie")) {
    while (!header.empty()) {
      auto end = header.find(';');
      std::string_view pair = trim(header.substr(0, end));
      header = end == std::string_view::npos ? std::string_view() : header.substr(end + 1);
      auto eq = pair.find('=');
      if (eq != std::string_view::npos && trim(pair.substr(0, eq)) == name) {
        return std::string(trim(pair.substr(eq + 1)));
      }
    }
  }
  return std::nullopt;
}

std::string session_cookie(const std::string& value, int max_age_seconds, bool secure) {
  return std::string(kSessionCookie) + "=" + value +
         "; Path=/; Max-Age=" + std::to_string(max_age_seconds) + "; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

std::string expired_session_cookie(bool secure) {
  return session_cookie("", 0, secure);
}

}  // namespace pv::api
