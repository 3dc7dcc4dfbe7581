// pv::http::Response: what a Handler returns, free of Beast. A plain value. The
// server adds what every response carries (X-Request-Id, Date, the security
// headers unless the handler set its own) and the framing (Content-Length,
// Connection); a handler never sets those two. A response to HEAD is sent without
// its body; a handler may set Content-Length itself for HEAD to announce the size
// a GET would have.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "http/headers.h"

namespace pv::http {

inline constexpr std::string_view kJsonType = "application/json; charset=utf-8";
inline constexpr std::string_view kTextType = "text/plain; charset=utf-8";

struct Response {
  int status = 200;
  Headers headers;  // in order; headers.set() replaces, headers.add() appends
  std::string body;

  // `value` serialised (invalid UTF-8 in strings replaced, never thrown), with
  // Content-Type application/json; charset=utf-8.
  static Response json(int status, const nlohmann::json& value);
  static Response text(int status, std::string body, std::string_view content_type = kTextType);
  static Response no_content();  // 204
  // `status` is 301, 302, 303, 307 or 308; `location` is sent as given.
  static Response redirect(int status, std::string location);
};

}  // namespace pv::http
