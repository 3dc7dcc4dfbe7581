// POST /api/v1/auth/login, POST /api/v1/auth/logout.
#include "api/client_address.h"
#include "api/cookies.h"
#include "api/handlers.h"
#include "api/json_input.h"
#include "auth/user.h"

namespace pv::api {

http::Response login(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto email = in.required_string("email");
  auto password = in.required_string("password");
  in.finish();
  auto previous = cookie(ctx.request, kSessionCookie).value_or("");
  auto result = ctx.services.auth
                    .login(email, password,
                           client_address(ctx.request, ctx.services.trust_forwarded_for), previous)
                    .value();
  auto response = http::Response::json(
      200, {{"user", auth::user_json(result.user)}, {"csrf_token", result.csrf_token}});
  response.headers.add("Set-Cookie",
                       session_cookie(result.session_token, ctx.services.session_cookie_max_age,
                                      ctx.services.secure_cookies));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response logout(Context& ctx) {
  ctx.services.auth.logout(ctx.user());
  auto response = http::Response::no_content();
  response.headers.add("Set-Cookie", expired_session_cookie(ctx.services.secure_cookies));
  return response;
}

}  // namespace pv::api
