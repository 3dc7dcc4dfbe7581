// GET /api/v1/me.
#include "api/handlers.h"
#include "auth/user.h"

namespace pv::api {

http::Response get_me(Context& ctx) {
  const auto& principal = ctx.user();
  nlohmann::json me = auth::user_json(principal.user);
  me["charter_acknowledged"] = ctx.services.charter.acknowledged(principal.user.id);
  // The browser reads its CSRF token here after a reload (the cookie is HttpOnly).
  if (principal.method == auth::AuthMethod::kSession) me["csrf_token"] = principal.csrf_token;
  auto response = http::Response::json(200, me);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace pv::api
