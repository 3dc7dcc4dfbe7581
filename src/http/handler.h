// pv::http::Handler: what the server calls for every request it has read in full.
// The API layer implements it (routing, middleware, handlers); the server owns no
// application logic. One Handler serves every connection at once, so both
// functions must be safe to call from several threads concurrently. The Handler
// must outlive the Server.
#pragma once

#include <cstddef>
#include <string_view>

#include "http/request.h"
#include "http/response.h"

namespace pv::http {

class Handler {
 public:
  virtual ~Handler();

  // The largest body accepted for this request, chosen once its header is read
  // (upload routes get a larger one). `path` is percent-decoded, without the query.
  // Called on an I/O thread: must be quick and must not block.
  virtual std::size_t body_limit(std::string_view method, std::string_view path) const = 0;

  // Called on a worker thread, never on an I/O thread; may block (database,
  // password hashing). A pv::Error thrown here becomes error_response(); any other
  // exception becomes a logged 500; neither closes the connection.
  virtual Response handle(Request& request) = 0;
};

}  // namespace pv::http
