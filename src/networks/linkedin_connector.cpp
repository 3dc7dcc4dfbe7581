#include "networks/linkedin_connector.h"

#include <boost/url/parse.hpp>

#include "networks/call.h"
#include "networks/classify.h"
#include "networks/form.h"
#include "networks/little_text.h"

namespace pv::networks {
namespace {

constexpr const char* kFormType = "application/x-www-form-urlencoded";

http::ClientRequest form_post(const std::string& url, const Params& params) {
  http::ClientRequest r;
  r.method = "POST";
  r.url = url;
  r.headers.set("Content-Type", kFormType);
  r.headers.set("Accept", "application/json");
  r.body = form_encode(params);
  return r;
}

// An article needs a title (LinkedIn fetches nothing): the link's host when
// none was given.
std::string article_title(const PostContent& content) {
  if (content.link_title && !content.link_title->empty()) return *content.link_title;
  auto parsed = boost::urls::parse_uri(*content.link_url);
  return parsed ? std::string(parsed->encoded_host()) : *content.link_url;
}

Failure missing_scope(const std::string& granted) {
  return Failure{FailureClass::kRejected,
                 "LinkedIn did not grant w_member_social (granted: " + granted +
                     "): the app needs the Share on LinkedIn product",
                 "missing_scope", 0, std::nullopt};
}

}  // namespace

http::ClientRequest linkedin_token_request(const NetworkSettings& s, const CodeExchange& e) {
  return form_post(s.resolve(s.token_url), {{"grant_type", "authorization_code"},
                                            {"code", e.code},
                                            {"client_id", s.client_id},
                                            {"client_secret", s.client_secret},
                                            {"redirect_uri", e.redirect_uri}});
}

http::ClientRequest linkedin_refresh_request(const NetworkSettings& s,
                                             const std::string& refresh_token) {
  return form_post(s.resolve(s.token_url), {{"grant_type", "refresh_token"},
                                            {"refresh_token", refresh_token},
                                            {"client_id", s.client_id},
                                            {"client_secret", s.client_secret}});
}

http::ClientRequest linkedin_userinfo_request(const NetworkSettings& s,
                                              const std::string& access_token) {
  http::ClientRequest r;
  r.url = s.api_base + "/v2/userinfo";
  r.headers.set("Authorization", bearer(access_token));
  r.headers.set("Accept", "application/json");
  return r;
}

http::ClientRequest linkedin_post_request(const NetworkSettings& s, const Credentials& account,
                                          const PostContent& content) {
  nlohmann::json body = {
      {"author", account.author},
      {"commentary", escape_little_text(content.text)},
      {"visibility", "PUBLIC"},
      {"distribution",
       {{"feedDistribution", "MAIN_FEED"},
        {"targetEntities", nlohmann::json::array()},
        {"thirdPartyDistributionChannels", nlohmann::json::array()}}},
      {"lifecycleState", "PUBLISHED"},
      {"isReshareDisabledByAuthor", false},
  };
  if (content.link_url) {
    body["content"] = {
        {"article", {{"source", *content.link_url}, {"title", article_title(content)}}}};
  }
  http::ClientRequest r;
  r.method = "POST";
  r.url = s.api_base + "/rest/posts";
  r.headers.set("Authorization", bearer(account.access_token));
  r.headers.set("LinkedIn-Version", s.version);
  r.headers.set("X-Restli-Protocol-Version", "2.0.0");
  r.headers.set("Content-Type", "application/json");
  r.body = body.dump();
  return r;
}

LinkedInConnector::LinkedInConnector(NetworkSettings settings, http::Client& client,
                                     const Clock& clock)
    : settings_(std::move(settings)), client_(client), clock_(clock) {}

std::string LinkedInConnector::authorize_url(const AuthorizeParams& p) const {
  return with_query(settings_.resolve(settings_.auth_url), {{"response_type", "code"},
                                                            {"client_id", settings_.client_id},
                                                            {"redirect_uri", p.redirect_uri},
                                                            {"state", p.state},
                                                            {"scope", kLinkedInScopes}});
}

Outcome<Connected> LinkedInConnector::exchange_code(const CodeExchange& exchange) {
  auto answer = call(client_, linkedin_token_request(settings_, exchange), classify_token_error,
                     false, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto tokens = token_set(body.value(), clock_.now());
  if (!tokens) return tokens.failure();
  if (!tokens->scopes.empty() && !has_scope(tokens->scopes, "w_member_social")) {
    return missing_scope(tokens->scopes);
  }
  auto me = call(client_, linkedin_userinfo_request(settings_, tokens->access_token),
                 classify_linkedin, false, clock_.now());
  if (!me) return me.failure();
  auto info = json_object(me.value());
  if (!info) return info.failure();
  std::string sub = string_field(info.value(), "sub");
  if (sub.empty()) {
    return Failure{FailureClass::kTransient, "LinkedIn's userinfo has no sub", "bad_response",
                   me->status, std::nullopt};
  }
  std::string name = string_field(info.value(), "name");
  return Connected{std::move(tokens.value()),
                   Identity{sub, "urn:li:person:" + sub, name.empty() ? sub : name}};
}

Outcome<TokenSet> LinkedInConnector::refresh(const TokenSet& current) {
  if (!current.refresh_token) {
    return Failure{FailureClass::kNeedsReconnect,
                   "LinkedIn issues no refresh token to this app: the member connects again",
                   "no_refresh_token", 0, std::nullopt};
  }
  auto answer = call(client_, linkedin_refresh_request(settings_, *current.refresh_token),
                     classify_token_error, false, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto tokens = token_set(body.value(), clock_.now());
  if (!tokens) return tokens.failure();
  // The refresh token keeps its own life (it is not extended by refreshing).
  if (!tokens->refresh_token) tokens->refresh_token = current.refresh_token;
  if (!tokens->refresh_expires_at) tokens->refresh_expires_at = current.refresh_expires_at;
  if (tokens->scopes.empty()) tokens->scopes = current.scopes;
  return tokens;
}

Outcome<Published> LinkedInConnector::publish(const Credentials& account,
                                              const PostContent& content) {
  auto answer = call(client_, linkedin_post_request(settings_, account, content), classify_linkedin,
                     true, clock_.now());
  if (!answer) return answer.failure();
  auto id = answer->headers.get("x-restli-id");
  if (!id) id = answer->headers.get("x-linkedin-id");
  // Published, whatever the headers say: a 201 without an id is still a post.
  std::string urn = id ? std::string(*id) : "";
  return Published{urn, urn.empty() ? "" : "https://www.linkedin.com/feed/update/" + urn};
}

}  // namespace pv::networks
