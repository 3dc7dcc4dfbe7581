// The session cookie: reading it from a request and writing Set-Cookie.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"

namespace pv::api {

inline constexpr const char* kSessionCookie = "pv_session";

// The value of cookie `name` in the request's Cookie headers.
std::optional<std::string> cookie(const http::Request& request, const std::string& name);

// HttpOnly, SameSite=Strict, Path=/, Secure when served over TLS.
std::string session_cookie(const std::string& value, int max_age_seconds, bool secure);
std::string expired_session_cookie(bool secure);

}  // namespace pv::api
