// POST /api/v1/auth/login, POST /api/v1/auth/logout.
#include "api/cookies.h"
#include "api/handlers.h"
#include "api/json_input.h"
#include "auth/user.h"

namespace pv::api {
namespace {

// The client's address without its port: the throttle counts per address.
// Behind a trusted proxy, the last X-Forwarded-For entry (the one the proxy
// added) is the client.
std::string client_address(const http::Request& request, bool trust_forwarded_for) {
  if (auto forwarded = request.header("X-Forwarded-For"); forwarded && trust_forwarded_for) {
    std::string_view list = *forwarded;
    auto comma = list.rfind(',');
    std::string_view last = comma == std::string_view::npos ? list : list.substr(comma + 1);
    while (!last.empty() && last.front() == ' ')
      last.remove_prefix(1);
    while (!last.empty() && last.back() == ' ')
      last.remove_suffix(1);
    if (!last.empty()) return std::string(last);
  }
  const std::string& a = request.remote_address;
  auto colon = a.rfind(':');
  if (colon == std::string::npos || a.find(']') > colon) return a;
  return a.substr(0, colon);
}

}  // namespace

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
