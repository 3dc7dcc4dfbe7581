#include "networks/x_connector.h"

#include "networks/call.h"
#include "networks/classify.h"
#include "networks/form.h"

namespace pv::networks {
namespace {

http::ClientRequest token_post(const NetworkSettings& s, const Params& params) {
  http::ClientRequest r;
  r.method = "POST";
  r.url = s.resolve(s.token_url);
  r.headers.set("Authorization", basic_authorization(s.client_id, s.client_secret));
  r.headers.set("Content-Type", "application/x-www-form-urlencoded");
  r.headers.set("Accept", "application/json");
  r.body = form_encode(params);
  return r;
}

Failure missing_scopes(const std::string& granted) {
  return Failure{FailureClass::kRejected,
                 "X did not grant tweet.write and offline.access (granted: " + granted + ")",
                 "missing_scope", 0, std::nullopt};
}

}  // namespace

http::ClientRequest x_token_request(const NetworkSettings& s, const CodeExchange& e) {
  return token_post(s, {{"code", e.code},
                        {"grant_type", "authorization_code"},
                        {"client_id", s.client_id},
                        {"redirect_uri", e.redirect_uri},
                        {"code_verifier", e.code_verifier}});
}

http::ClientRequest x_refresh_request(const NetworkSettings& s, const std::string& refresh_token) {
  return token_post(s, {{"refresh_token", refresh_token},
                        {"grant_type", "refresh_token"},
                        {"client_id", s.client_id}});
}

http::ClientRequest x_me_request(const NetworkSettings& s, const std::string& access_token) {
  http::ClientRequest r;
  r.url = s.api_base + "/2/users/me";
  r.headers.set("Authorization", bearer(access_token));
  r.headers.set("Accept", "application/json");
  return r;
}

http::ClientRequest x_post_request(const NetworkSettings& s, const Credentials& account,
                                   const PostContent& content) {
  http::ClientRequest r;
  r.method = "POST";
  r.url = s.api_base + "/2/tweets";
  r.headers.set("Authorization", bearer(account.access_token));
  r.headers.set("Content-Type", "application/json");
  r.body = nlohmann::json{{"text", content.text}}.dump();
  return r;
}

XConnector::XConnector(NetworkSettings settings, http::Client& client, const Clock& clock)
    : settings_(std::move(settings)), client_(client), clock_(clock) {}

std::string XConnector::authorize_url(const AuthorizeParams& p) const {
  return with_query(settings_.resolve(settings_.auth_url), {{"response_type", "code"},
                                                            {"client_id", settings_.client_id},
                                                            {"redirect_uri", p.redirect_uri},
                                                            {"scope", kXScopes},
                                                            {"state", p.state},
                                                            {"code_challenge", p.code_challenge},
                                                            {"code_challenge_method", "S256"}});
}

Outcome<Connected> XConnector::exchange_code(const CodeExchange& exchange) {
  auto answer = call(client_, x_token_request(settings_, exchange), classify_token_error, false,
                     clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto tokens = token_set(body.value(), clock_.now());
  if (!tokens) return tokens.failure();
  if (!has_scope(tokens->scopes, "tweet.write") || !has_scope(tokens->scopes, "offline.access")) {
    return missing_scopes(tokens->scopes);
  }
  auto me =
      call(client_, x_me_request(settings_, tokens->access_token), classify_x, false, clock_.now());
  if (!me) return me.failure();
  auto info = json_object(me.value());
  if (!info) return info.failure();
  auto data = info->contains("data") ? (*info)["data"] : nlohmann::json::object();
  std::string id = string_field(data, "id");
  std::string username = string_field(data, "username");
  if (id.empty() || username.empty()) {
    return Failure{FailureClass::kTransient, "X's /2/users/me has no id or username",
                   "bad_response", me->status, std::nullopt};
  }
  std::string name = string_field(data, "name");
  return Connected{std::move(tokens.value()),
                   Identity{id, username, name.empty() ? "@" + username : name}};
}

Outcome<TokenSet> XConnector::refresh(const TokenSet& current) {
  if (!current.refresh_token) {
    return Failure{FailureClass::kNeedsReconnect, "no refresh token: the user connects again",
                   "no_refresh_token", 0, std::nullopt};
  }
  auto answer = call(client_, x_refresh_request(settings_, *current.refresh_token),
                     classify_token_error, false, clock_.now());
  if (!answer) return answer.failure();
  auto body = json_object(answer.value());
  if (!body) return body.failure();
  auto tokens = token_set(body.value(), clock_.now());
  if (!tokens) return tokens.failure();
  if (tokens->scopes.empty()) tokens->scopes = current.scopes;
  return tokens;
}

Outcome<Published> XConnector::publish(const Credentials& account, const PostContent& content) {
  auto answer =
      call(client_, x_post_request(settings_, account, content), classify_x, true, clock_.now());
  if (!answer) return answer.failure();
  // Created: a body we cannot read does not undo that.
  auto body = json_object(answer.value());
  std::string id;
  if (body && body->contains("data")) id = string_field((*body)["data"], "id");
  return Published{id, id.empty() ? "" : "https://x.com/" + account.author + "/status/" + id};
}

}  // namespace pv::networks
