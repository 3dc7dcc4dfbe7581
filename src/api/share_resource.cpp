// POST /api/v1/shares/preview, POST /api/v1/shares, GET /api/v1/shares,
// GET and DELETE /api/v1/shares/{id}, POST /api/v1/shares/{id}/confirm.
#include "api/handlers.h"
#include "api/idempotency.h"
#include "api/json_input.h"
#include "api/pagination.h"
#include "util/time.h"

namespace pv::api {
namespace {

policy::Network network_field(JsonFields& in, const std::optional<std::string>& name,
                              const std::string& field) {
  if (!name) return policy::Network::kLinkedIn;
  auto network = policy::parse_network(*name);
  if (!network) in.add_error(field, "must be linkedin, x or facebook");
  return network.value_or(policy::Network::kLinkedIn);
}

sharing::ShareService& shares(Context& ctx) {
  return ctx.services.shares;
}

}  // namespace

http::Response preview_share(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  sharing::PreviewRequest request;
  request.content_id = in.required_string("content_id");
  auto network = in.optional_string("network");
  if (!network) in.add_error("network", "required");
  request.network = network_field(in, network, "network");
  request.caption = in.optional_string("caption");
  in.finish();
  return http::Response::json(200, shares(ctx).preview(ctx.user().user, request).value());
}

http::Response create_share(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  sharing::CreateRequest request;
  request.content_id = in.required_string("content_id");
  auto names = in.string_array("networks", true);
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto network = network_field(in, names[i], "networks");
    if (std::find(request.networks.begin(), request.networks.end(), network) !=
        request.networks.end()) {
      in.add_error("networks", "each network at most once");
    }
    request.networks.push_back(network);
  }
  if (names.empty()) in.add_error("networks", "at least one network");
  request.caption = in.optional_string("caption");
  if (auto at = in.optional_string("scheduled_at")) {
    request.scheduled_at = parse_time(*at);
    if (!request.scheduled_at) in.add_error("scheduled_at", "must be an RFC 3339 time");
  }
  in.finish();
  auto prepared = shares(ctx).prepare(ctx.user().user, request).value();
  return create_idempotently(ctx, 201,
                             [&](store::Tx& tx) { return shares(ctx).create(tx, *prepared); });
}

http::Response list_shares(Context& ctx) {
  auto page = page_request(ctx.request);
  sharing::ListRequest request;
  auto mine = ctx.request.query_param("mine");
  request.mine = mine && (*mine == "1" || *mine == "true");
  request.status = ctx.request.query_param("status");
  if (request.status && request.status->empty()) request.status.reset();
  request.before_id = page.after;
  request.limit = page.limit;
  auto result = shares(ctx).list(ctx.user().user, request).value();
  return http::Response::json(200, page_json(std::move(result.items), result.next_before));
}

http::Response get_share(Context& ctx) {
  return http::Response::json(200, shares(ctx).get(ctx.user().user, ctx.param("id")).value());
}

http::Response cancel_share(Context& ctx) {
  return http::Response::json(200, shares(ctx).cancel(ctx.user().user, ctx.param("id")).value());
}

http::Response confirm_share(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto published = in.optional_bool("published");
  if (!published) in.add_error("published", "required: true or false");
  in.finish();
  return http::Response::json(
      200, shares(ctx).confirm(ctx.user().user, ctx.param("id"), *published).value());
}

}  // namespace pv::api
