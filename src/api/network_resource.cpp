// GET /api/v1/networks, GET /api/v1/networks/{network}/connect,
// GET /api/v1/networks/{network}/callback, DELETE /api/v1/networks/{id}.
#include "api/handlers.h"
#include "networks/form.h"
#include "util/time.h"

namespace pv::api {
namespace {

policy::Network network_param(Context& ctx) {
  auto network = policy::parse_network(ctx.param("network"));
  if (!network) throw Error(ErrorKind::kNotFound, "not_found", "No such network.");
  return *network;
}

std::string base_url(const Services& s) {
  std::string url = s.public_url;
  while (!url.empty() && url.back() == '/')
    url.pop_back();
  return url;
}

// This server's OAuth callback for `network`, as registered with the network's app.
std::string redirect_uri(const Services& s, policy::Network network) {
  return base_url(s) + "/api/v1/networks/" + std::string(policy::to_string(network)) + "/callback";
}

nlohmann::json account_json(const networks::Account& a) {
  return {{"id", a.id},
          {"network", policy::to_string(a.network)},
          {"display_name", a.display_name},
          {"author", a.author},
          {"external_id", a.external_id},
          {"expires_at", a.expires_at ? nlohmann::json(format_time(*a.expires_at)) : nullptr},
          {"status", networks::to_string(a.status)},
          {"reconnect_reason", a.reconnect_reason},
          {"connected_at", format_time(a.connected_at)}};
}

http::Response no_store(http::Response r) {
  r.headers.set("Cache-Control", "no-store");
  return r;
}

}  // namespace

http::Response list_networks(Context& ctx) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : ctx.services.accounts.list(ctx.user().user.id))
    items.push_back(account_json(a));
  return http::Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
}

http::Response connect_network(Context& ctx) {
  auto network = network_param(ctx);
  auto page_id = ctx.request.query_param("page_id");
  if (page_id && (page_id->empty() || page_id->size() > 64)) {
    throw Error::invalid_field("page_id", "must be a Facebook Page id");
  }
  auto url =
      ctx.services.accounts
          .begin_connect(ctx.user().user.id, network, redirect_uri(ctx.services, network), page_id)
          .value();
  return no_store(http::Response::redirect(302, url));
}

// The network sends the browser here; the state alone says who it is for.
http::Response network_callback(Context& ctx) {
  auto network = network_param(ctx);
  networks::CallbackInput in;
  in.state = ctx.request.query_param("state").value_or("");
  in.code = ctx.request.query_param("code");
  in.error = ctx.request.query_param("error");
  in.error_description = ctx.request.query_param("error_description");
  auto result = ctx.services.accounts.finish_connect(network, in).value();
  std::string back =
      base_url(ctx.services) + "/#/networks?network=" + std::string(policy::to_string(network));
  if (result.account) {
    back += "&connected=" + networks::percent_encode(result.account->id);
  } else {
    back += "&error=" + networks::percent_encode(std::string(to_string(result.failure->kind))) +
            "&reason=" + networks::percent_encode(result.failure->code);
  }
  auto response = no_store(http::Response::redirect(302, back));
  response.headers.set("Referrer-Policy", "no-referrer");  // the URL held the code
  return response;
}

http::Response disconnect_network(Context& ctx) {
  ctx.services.accounts.disconnect(ctx.user().user.id, ctx.param("id")).value();
  return http::Response::no_content();
}

}  // namespace pv::api
