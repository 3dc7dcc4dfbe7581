// error_response(): THE mapping of a pv::Error to an HTTP response, used by the
// API layer for every domain error and by the server for its own transport
// errors (400, 413, 431, 503, and 500 for a handler that threw). The shape is
// API.md's: {"error": {"code", "message", "details", "request_id"}}, the status
// from pv::http_status(kind), and Retry-After for 429 and 503 when the error
// carries one. A pure function; any thread.
#pragma once

#include <string_view>

#include "http/response.h"
#include "util/error.h"

namespace pv::http {

Response error_response(const pv::Error& error, std::string_view request_id);

}  // namespace pv::http
