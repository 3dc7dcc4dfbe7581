// POST /api/v1/users, GET /api/v1/users, GET and PATCH /api/v1/users/{id}.
#include "api/handlers.h"
#include "api/idempotency.h"
#include "api/json_input.h"
#include "api/pagination.h"
#include "auth/user.h"
#include "auth/user_service.h"

namespace pv::api {

http::Response create_user(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auth::NewUser user;
  user.email = in.required_string("email");
  user.name = in.required_string("name");
  user.password = in.required_string("password");
  user.roles = in.string_array("roles", true);
  user.function = in.optional_string("function").value_or("");
  user.groups = in.string_array("groups");
  user.region = in.optional_string("region").value_or("");
  user.language = in.optional_string("language").value_or("en");
  user.tags = in.string_array("tags");
  in.finish();
  auto prepared = ctx.services.users.prepare_user(user).value();  // hashing: outside the write
  return create_idempotently(ctx, 201, [&](store::Tx& tx) -> Result<nlohmann::json> {
    auto created = ctx.services.users.insert_user(tx, ctx.user().user.id, prepared);
    if (!created) return created.error();
    return auth::user_json(*created);
  });
}

http::Response list_users(Context& ctx) {
  auto page = page_request(ctx.request);
  auto result = ctx.services.users.list_users(page.after, page.limit);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& u : result.users)
    items.push_back(auth::user_json(u));
  return http::Response::json(200, page_json(std::move(items), result.next_after));
}

http::Response get_user(Context& ctx) {
  return http::Response::json(
      200, auth::user_json(ctx.services.users.get_user(ctx.param("id")).value()));
}

http::Response patch_user(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auth::UserPatch patch;
  patch.name = in.optional_string("name");
  patch.password = in.optional_string("password");
  patch.roles = in.optional_string_array("roles");
  patch.function = in.optional_string("function");
  patch.groups = in.optional_string_array("groups");
  patch.region = in.optional_string("region");
  patch.language = in.optional_string("language");
  patch.tags = in.optional_string_array("tags");
  patch.active = in.optional_bool("active");
  in.finish();
  auto user = ctx.services.users.update_user(ctx.user().user.id, ctx.param("id"), patch).value();
  return http::Response::json(200, auth::user_json(user));
}

}  // namespace pv::api
