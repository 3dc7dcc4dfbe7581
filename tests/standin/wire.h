// The stand-in network server's transport: a small blocking HTTP/1.1 server on
// Boost.Beast, a thread per connection, for loopback test traffic only. Unlike
// Porte-voix's server, a reply may drop the connection without answering, which
// is what a network does when it fails after receiving a request.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/headers.h"

namespace pv::standin {

// A request as the stand-in read it.
struct Exchange {
  std::string method;
  std::string target;                                      // raw
  std::string path;                                        // decoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded
  http::Headers headers;
  std::string body;

  std::optional<std::string> param(const std::string& name) const;
  std::optional<std::string> header(const std::string& name) const;
};

struct Reply {
  int status = 200;
  http::Headers headers;
  std::string body;
  bool drop = false;  // close the connection without a response
};

using Handler = std::function<Reply(const Exchange&)>;

// Binds `listen` ("127.0.0.1:0"), returns the bound "127.0.0.1:PORT" and serves
// on a background thread until the process exits. Throws std::runtime_error
// when it cannot bind.
std::string serve(const std::string& listen, Handler handler);

// "k=v&k2=v2" (a form body or a query) decoded, '+' as a space.
std::vector<std::pair<std::string, std::string>> decode_form(const std::string& text);

}  // namespace pv::standin
