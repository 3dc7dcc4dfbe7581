// What the server adds to every response it sends, a handler's or its own:
// X-Request-Id, Date and the security headers (a handler's own value of a security
// header, e.g. a stricter CSP, is kept). And the request id rules: a client's
// X-Request-Id is kept when it is 1 to 64 characters of [A-Za-z0-9._-], otherwise
// the server makes one. Pure functions (new_request_id() reads the clock and the
// CSPRNG); any thread.
#pragma once

#include <string>
#include <string_view>

#include "http/response.h"
#include "util/clock.h"

namespace pv::http {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

bool is_valid_request_id(std::string_view id);
// A fresh id (a pv::new_id: time-ordered, so logs sort by it).
std::string new_request_id();
// The client's id when valid, otherwise a fresh one.
std::string request_id_for(std::string_view client_id);

void apply_standard_headers(Response& response, std::string_view request_id, TimePoint now);

// True for a header a handler may send: a token name, and a value without CR, LF
// or NUL (so that no handler can split a response).
bool is_sendable_header(std::string_view name, std::string_view value);

}  // namespace pv::http
