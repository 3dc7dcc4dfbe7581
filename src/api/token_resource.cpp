// POST /api/v1/tokens, GET /api/v1/tokens, DELETE /api/v1/tokens/{id}.
#include "api/handlers.h"
#include "api/idempotency.h"
#include "api/json_input.h"
#include "util/time.h"

namespace pv::api {

http::Response create_token(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto name = in.required_string("name");
  in.finish();
  auto response = create_idempotently(ctx, 201, [&](store::Tx& tx) -> Result<nlohmann::json> {
    auto created = ctx.services.auth.insert_token(tx, ctx.user(), name);
    if (!created) return created.error();
    return nlohmann::json{{"id", created->id}, {"name", created->name}, {"token", created->token}};
  });
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response list_tokens(Context& ctx) {
  auto rows = ctx.services.db.read_value(
      [&](store::Tx& tx) { return tx.tokens().list_for_user(ctx.user().user.id); });
  nlohmann::json items = nlohmann::json::array();
  for (const auto& t : rows) {
    items.push_back({{"id", t.id},
                     {"name", t.name},
                     {"created_at", format_time(t.created_at)},
                     {"last_used_at", t.last_used_at ? nlohmann::json(format_time(*t.last_used_at))
                                                     : nlohmann::json(nullptr)}});
  }
  return http::Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
}

http::Response delete_token(Context& ctx) {
  ctx.services.auth.revoke_token(ctx.user(), ctx.param("id")).value();
  return http::Response::no_content();
}

}  // namespace pv::api
