#include "networks/facebook_connector.h"

#include "networks/call.h"
#include "networks/classify.h"
#include "networks/form.h"

namespace pv::networks {
namespace {

http::ClientRequest get(std::string url) {
  http::ClientRequest r;
  r.url = std::move(url);
  r.headers.set("Accept", "application/json");
  return r;
}

bool can_create_content(const nlohmann::json& page) {
  auto tasks = page.contains("tasks") ? page["tasks"] : nlohmann::json::array();
  if (!tasks.is_array()) return false;
  for (const auto& t : tasks) {
    if (t == "CREATE_CONTENT") return true;
  }
  return false;
}

Failure no_page(const std::optional<std::string>& wanted) {
  return Failure{FailureClass::kRejected,
                 wanted ? "the Facebook Page " + *wanted + " is not one this account can post to"
                        : "this Facebook account manages no Page it can post to (personal "
                          "profiles cannot be posted to by API)",
                 "no_page", 0, std::nullopt};
}

}  // namespace

http::ClientRequest facebook_token_request(const NetworkSettings& s, const CodeExchange& e) {
  return get(with_query(s.resolve(s.token_url), {{"client_id", s.client_id},
                                                 {"redirect_uri", e.redirect_uri},
                                                 {"client_secret", s.client_secret},
                                                 {"code", e.code}}));
}

http::ClientRequest facebook_long_lived_request(const NetworkSettings& s,
                                                const std::string& user_token) {
  return get(with_query(s.resolve(s.token_url), {{"grant_type", "fb_exchange_token"},
                                                 {"client_id", s.client_id},
                                                 {"client_secret", s.client_secret},
                                                 {"fb_exchange_token", user_token}}));
}

http::ClientRequest facebook_pages_request(const NetworkSettings& s,
                                           const std::string& user_token) {
  auto r = get(with_query(s.api_base + "/" + s.version + "/me/accounts",
                          {{"fields", "id,name,access_token,tasks"}}));
  r.headers.set("Authorization", bearer(user_token));
  return r;
}

http::ClientRequest facebook_post_request(const NetworkSettings& s, const Credentials& page,
                                          const PostContent& content) {
  nlohmann::json body = {{"message", content.text}, {"published", true}};
  if (content.link_url) body["link"] = *content.link_url;
  http::ClientRequest r;
  r.method = "POST";
  r.url = s.api_base + "/" + s.version + "/" + percent_encode(page.external_id) + "/feed";
  // The token in a header, not the URL, so that it stays out of access logs.
  r.headers.set("Authorization", bearer(page.access_token));
  r.headers.set("Content-Type", "application/json");
  r.body = body.dump();
  return r;
}

FacebookConnector::FacebookConnector(NetworkSettings settings, http::Client& client,
                                     const Clock& clock)
    : settings_(std::move(settings)), client_(client), clock_(clock) {}

std::string FacebookConnector::authorize_url(const AuthorizeParams& p) const {
  return with_query(settings_.resolve(settings_.auth_url), {{"client_id", settings_.client_id},
                                                            {"redirect_uri", p.redirect_uri},
                                                            {"state", p.state},
                                                            {"response_type", "code"},
                                                            {"scope", kFacebookScopes}});
}

Outcome<std::string> FacebookConnector::user_token(const http::ClientRequest& request) {
  auto answer = call(client_, request, classify_token_error, false, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto tokens = token_set(body.value(), clock_.now());
  if (!tokens) return tokens.failure();
  return tokens->access_token;
}

Outcome<Connected> FacebookConnector::exchange_code(const CodeExchange& exchange) {
  auto short_lived = user_token(facebook_token_request(settings_, exchange));
  if (!short_lived) return short_lived.failure();
  auto long_lived = user_token(facebook_long_lived_request(settings_, short_lived.value()));
  if (!long_lived) return long_lived.failure();
  auto answer = call(client_, facebook_pages_request(settings_, long_lived.value()),
                     classify_facebook, false, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto pages = body->contains("data") ? (*body)["data"] : nlohmann::json::array();
  for (const auto& page : pages.is_array() ? pages : nlohmann::json::array()) {
    if (!page.is_object() || !can_create_content(page)) continue;
    std::string id = string_field(page, "id"), token = string_field(page, "access_token");
    if (id.empty() || token.empty()) continue;
    if (exchange.page_id && *exchange.page_id != id) continue;
    TokenSet tokens;
    tokens.access_token = token;  // a Page token from a long-lived user token: no expiry
    tokens.scopes = "pages_show_list pages_manage_posts pages_read_engagement";
    std::string name = string_field(page, "name");
    return Connected{std::move(tokens), Identity{id, id, name.empty() ? id : name}};
  }
  return no_page(exchange.page_id);
}

Outcome<TokenSet> FacebookConnector::refresh(const TokenSet&) {
  return Failure{FailureClass::kNeedsReconnect,
                 "Facebook has no refresh: the Page is connected again", "no_refresh_token", 0,
                 std::nullopt};
}

Outcome<Published> FacebookConnector::publish(const Credentials& page, const PostContent& content) {
  auto answer = call(client_, facebook_post_request(settings_, page, content), classify_facebook,
                     true, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  std::string id = body ? string_field(body.value(), "id") : "";
  return Published{id, id.empty() ? "" : "https://www.facebook.com/" + id};
}

}  // namespace pv::networks
