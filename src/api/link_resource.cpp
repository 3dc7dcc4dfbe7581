// GET /l/{code}: a tracked link.
#include "api/client_address.h"
#include "api/handlers.h"

namespace pv::api {

http::Response follow_link(Context& ctx) {
  analytics::ClickRequest click;
  click.method = ctx.request.method;
  click.user_agent = std::string(ctx.request.header("User-Agent").value_or(""));
  click.address = client_address(ctx.request, ctx.services.trust_forwarded_for);
  auto target = ctx.services.links.follow(ctx.param("code"), click).value();
  auto response = http::Response::redirect(302, target);
  // Every request is a click: no cache may answer in the server's place.
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Referrer-Policy", "no-referrer-when-downgrade");
  return response;
}

}  // namespace pv::api
