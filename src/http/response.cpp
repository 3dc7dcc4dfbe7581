#include "http/response.h"

namespace pv::http {

Response Response::json(int status, const nlohmann::json& value) {
  Response r;
  r.status = status;
  r.headers.set("Content-Type", std::string(kJsonType));
  r.body = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response Response::text(int status, std::string body, std::string_view content_type) {
  Response r;
  r.status = status;
  r.headers.set("Content-Type", std::string(content_type));
  r.body = std::move(body);
  return r;
}

Response Response::no_content() {
  Response r;
  r.status = 204;
  return r;
}

Response Response::redirect(int status, std::string location) {
  Response r;
  r.status = status;
  r.headers.set("Location", std::move(location));
  return r;
}

}  // namespace pv::http
