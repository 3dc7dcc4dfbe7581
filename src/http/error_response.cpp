#include "http/error_response.h"

#include <string>

namespace pv::http {

Response error_response(const pv::Error& error, std::string_view request_id) {
  nlohmann::json details = error.details();
  if (details.is_null()) details = nlohmann::json::object();
  nlohmann::json body = {{"error",
                          {{"code", error.code()},
                           {"message", error.message()},
                           {"details", std::move(details)},
                           {"request_id", std::string(request_id)}}}};
  int status = pv::http_status(error.kind());
  Response r = Response::json(status, body);
  // An error is about this one request: never cached, by the browser or a proxy.
  r.headers.set("Cache-Control", "no-store");
  if ((status == 429 || status == 503) && error.retry_after() > 0) {
    r.headers.set("Retry-After", std::to_string(error.retry_after()));
  }
  return r;
}

}  // namespace pv::http
