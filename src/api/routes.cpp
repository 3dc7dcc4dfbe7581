#include "api/routes.h"

#include <stdexcept>

#include "api/handlers.h"

namespace pv::api {
namespace {

constexpr auto kAdvisor = auth::Role::kAdvisor;
constexpr auto kMarketing = auth::Role::kMarketing;
constexpr auto kCompliance = auth::Role::kCompliance;
constexpr auto kAdmin = auth::Role::kAdmin;

Route anyone(HandlerFn fn, std::string summary) {
  return Route{Access::kAnyone, {}, fn, std::move(summary)};
}
Route signed_in(HandlerFn fn, std::string summary) {
  return Route{Access::kSignedIn, {}, fn, std::move(summary)};
}
Route roles(auth::RoleSet allowed, HandlerFn fn, std::string summary) {
  return Route{Access::kRoles, allowed, fn, std::move(summary)};
}

}  // namespace

http::Router<Route> make_router() {
  http::Router<Route> r;
  auto add = [&r](const char* method, const char* pattern, Route route) {
    r.add(method, pattern, std::move(route)).value();  // a mistake here stops start-up
  };
  Route login_route = anyone(login, "Sign in: the session cookie and the CSRF token");
  login_route.csrf = false;
  // A large lexicon can exceed the ordinary body limit.
  Route charter_upload = roles({kCompliance}, put_charter, "Publish a new charter version");
  charter_upload.upload = true;
  // Media files: the larger upload limit (media.max_bytes is checked too).
  Route media_upload = roles({kMarketing}, upload_media, "Upload a media file (the raw body)");
  media_upload.upload = true;

  // clang-format off
  add("GET",    "/healthz",                 anyone(healthz, "The process is alive"));
  add("GET",    "/readyz",                  anyone(readyz, "The database answers and is migrated"));
  add("GET",    "/metrics",                 anyone(metrics, "Prometheus metrics"));
  add("GET",    "/api/v1/openapi.json",     anyone(openapi, "This API, as OpenAPI 3"));

  add("POST",   "/api/v1/auth/login",       login_route);
  add("POST",   "/api/v1/auth/logout",      signed_in(logout, "Sign out: the session ends"));
  add("GET",    "/api/v1/me",               signed_in(get_me, "The signed-in user"));
  add("POST",   "/api/v1/tokens",           signed_in(create_token, "A bearer token, shown once"));
  add("GET",    "/api/v1/tokens",           signed_in(list_tokens, "The user's bearer tokens"));
  add("DELETE", "/api/v1/tokens/{id}",      signed_in(delete_token, "Revoke a token (owner, admin)"));

  add("POST",   "/api/v1/users",            roles({kAdmin}, create_user, "Create a user"));
  add("GET",    "/api/v1/users",            roles({kAdmin}, list_users, "List users"));
  add("GET",    "/api/v1/users/{id}",       roles({kAdmin}, get_user, "Read a user"));
  add("PATCH",  "/api/v1/users/{id}",       roles({kAdmin}, patch_user, "Change or deactivate a user"));
  add("POST",   "/api/v1/groups",           roles({kAdmin}, create_group, "Create a group"));
  add("GET",    "/api/v1/groups",           roles({kAdmin}, list_groups, "List groups"));

  add("GET",    "/api/v1/networks",         roles({kAdvisor}, list_networks, "The user's connected network accounts"));
  add("GET",    "/api/v1/networks/{network}/connect",  roles({kAdvisor}, connect_network, "302 to the network's OAuth consent page"));
  add("GET",    "/api/v1/networks/{network}/callback", anyone(network_callback, "The network's OAuth callback (the state names the user)"));
  add("DELETE", "/api/v1/networks/{id}",    signed_in(disconnect_network, "Disconnect an account, tokens erased (owner)"));
  add("GET",    "/api/v1/charter",          signed_in(get_charter, "The charter version in force"));
  add("PUT",    "/api/v1/charter",          charter_upload);
  add("GET",    "/api/v1/charter/versions", roles({kCompliance}, list_charter_versions, "Charter history"));
  add("GET",    "/api/v1/charter/versions/{id}", roles({kCompliance}, get_charter_version, "One charter version"));
  add("POST",   "/api/v1/charter/check",    signed_in(check_charter, "Check a text; nothing stored"));
  add("POST",   "/api/v1/charter/acknowledge", signed_in(acknowledge_charter, "Acknowledge the version in force"));

  add("POST",   "/api/v1/media",            media_upload);
  add("GET",    "/api/v1/media/{id}",       signed_in(get_media, "A media file, with its type"));
  add("POST",   "/api/v1/content",          roles({kMarketing}, create_content, "A new content item, in draft"));
  add("GET",    "/api/v1/content",          signed_in(list_content, "The library (advisors: what is live for them)"));
  add("GET",    "/api/v1/content/{id}",     signed_in(get_content, "One content item"));
  add("PATCH",  "/api/v1/content/{id}",     roles({kMarketing}, patch_content, "Edit a draft or rejected item"));
  add("POST",   "/api/v1/content/{id}/submit", roles({kMarketing}, submit_content, "Check against the charter and send for review"));
  add("POST",   "/api/v1/content/{id}/archive", roles({kMarketing, kCompliance}, archive_content, "Archive: no new shares"));
  add("POST",   "/api/v1/content/{id}/revise", roles({kMarketing}, revise_content, "A new draft version of an approved item"));

  add("GET",    "/api/v1/reviews",          roles({kCompliance, kAdmin}, list_reviews, "The review queue"));
  add("GET",    "/api/v1/reviews/{id}",     roles({kCompliance, kAdmin}, get_review, "One review, with its subject and history"));
  add("POST",   "/api/v1/reviews/{id}/decision", roles({kCompliance, kAdmin}, decide_review, "Approve, reject or escalate"));

  add("POST",   "/api/v1/shares/preview",   roles({kAdvisor}, preview_share, "The exact text a share would publish, its length and verdict; nothing stored"));
  add("POST",   "/api/v1/shares",           roles({kAdvisor}, create_share, "Share an item to one or more networks"));
  add("GET",    "/api/v1/shares",           roles({kAdvisor, kCompliance, kAdmin}, list_shares, "Shares (advisors: their own)"));
  add("GET",    "/api/v1/shares/{id}",      roles({kAdvisor, kCompliance, kAdmin}, get_share, "One share with its history"));
  add("DELETE", "/api/v1/shares/{id}",      roles({kAdvisor}, cancel_share, "Cancel a share not yet published (owner)"));
  add("POST",   "/api/v1/shares/{id}/confirm", roles({kAdvisor}, confirm_share, "The advisor's answer for an intent or unknown share"));
  add("GET",    "/l/{code}",                anyone(follow_link, "A tracked link: 302 to the content with UTM tags, one click recorded"));
  add("GET",    "/api/v1/analytics/summary",    roles({kAdvisor, kMarketing, kCompliance, kAdmin}, analytics_summary, "Shares and clicks by content, advisor, network, group or day (advisors: their own)"));
  add("GET",    "/api/v1/analytics/export.csv", roles({kMarketing, kAdmin}, analytics_export, "The summary as CSV"));

  add("GET",    "/api/v1/audit",            roles({kCompliance, kAdmin}, list_audit, "Audit entries"));
  add("GET",    "/api/v1/audit/verify",     roles({kCompliance, kAdmin}, verify_audit, "Recompute the audit chain"));
  // clang-format on
  return r;
}

nlohmann::json openapi_document(const http::Router<Route>& router) {
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& entry : router.routes()) {
    const Route& route = entry.route;
    nlohmann::json roles = nlohmann::json::array();
    switch (route.access) {
      case Access::kAnyone: roles.push_back("anyone"); break;
      case Access::kSignedIn: roles.push_back("signed_in"); break;
      case Access::kRoles:
        for (const auto& name : route.roles.names())
          roles.push_back(name);
        break;
    }
    nlohmann::json operation = {{"summary", route.summary},
                                {"x-roles", roles},
                                {"responses", {{"default", {{"description", "See API.md"}}}}}};
    nlohmann::json parameters = nlohmann::json::array();
    for (std::size_t at = entry.pattern.find('{'); at != std::string::npos;
         at = entry.pattern.find('{', at + 1)) {
      auto end = entry.pattern.find('}', at);
      parameters.push_back({{"name", entry.pattern.substr(at + 1, end - at - 1)},
                            {"in", "path"},
                            {"required", true},
                            {"schema", {{"type", "string"}}}});
    }
    if (!parameters.empty()) operation["parameters"] = parameters;
    std::string method = entry.method;
    for (auto& c : method)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[entry.pattern][method] = operation;
  }
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "Porte-voix API"}, {"version", "1"}}},
          {"paths", paths},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "pv_session"}}},
              {"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
}

}  // namespace pv::api
