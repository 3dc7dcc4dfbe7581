// POST /api/v1/groups, GET /api/v1/groups.
#include "api/handlers.h"
#include "api/idempotency.h"
#include "api/json_input.h"
#include "util/time.h"

namespace pv::api {
namespace {

nlohmann::json group_json(const auth::Group& g) {
  return {{"id", g.id},
          {"name", g.name},
          {"description", g.description},
          {"created_at", format_time(g.created_at)}};
}

}  // namespace

http::Response create_group(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto name = in.required_string("name");
  auto description = in.optional_string("description").value_or("");
  in.finish();
  return create_idempotently(ctx, 201, [&](store::Tx& tx) -> Result<nlohmann::json> {
    auto group = ctx.services.users.insert_group(tx, ctx.user().user.id, name, description);
    if (!group) return group.error();
    return group_json(*group);
  });
}

http::Response list_groups(Context& ctx) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& g : ctx.services.users.list_groups())
    items.push_back(group_json(g));
  return http::Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
}

}  // namespace pv::api
