// Private to src/http/: converting between Beast's messages and the module's
// Request and Response. Pure functions; any thread.
#pragma once

#include <string>
#include <string_view>

#include "http/beast.h"
#include "http/request.h"
#include "http/response.h"
#include "http/target.h"

namespace pv::http::detail {

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

// Moves the message's fields and body into a Request.
Request to_request(BeastRequest&& message, Target&& target, std::string remote_address,
                   std::string request_id);

struct WireOptions {
  unsigned version = 11;  // the request's HTTP version
  bool head = false;      // the request was HEAD: no body goes out
  bool keep_alive = true;
  std::string_view request_id;
};

// The response to send: the standard headers added (standard_headers.h), headers
// that could split the response dropped (and logged), the framing set here
// (Content-Length, Connection) whatever the handler said, and no body for HEAD,
// 1xx, 204 or 304.
BeastResponse to_beast(Response&& response, const WireOptions& options);

}  // namespace pv::http::detail
