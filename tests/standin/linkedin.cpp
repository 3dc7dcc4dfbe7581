// The LinkedIn stand-in (networks.md, 1.10).
#include <regex>
#include <sstream>

#include "sharing/network_length.h"
#include "standin/little_check.h"
#include "standin/standin.h"

namespace pv::standin {
namespace {

using nlohmann::json;
using SystemClock = std::chrono::system_clock;

const std::set<std::string> kScopes = {"openid", "profile", "email", "w_member_social"};

// Scopes are space-separated per the docs; LinkedIn's own client joins them
// with commas: both are read.
std::vector<std::string> split_scopes(std::string scopes) {
  for (auto& c : scopes)
    if (c == ',') c = ' ';
  std::istringstream in(scopes);
  std::vector<std::string> out;
  for (std::string s; in >> s;)
    out.push_back(s);
  return out;
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : std::string(1, sep)) + p;
  return out;
}

Reply error(int status, long long service_code, const std::string& code,
            const std::string& message) {
  return json_reply(status, {{"status", status},
                             {"serviceErrorCode", service_code},
                             {"code", code},
                             {"message", message}});
}

Reply oauth_error(int status, const std::string& error, const std::string& description) {
  return json_reply(status, {{"error", error}, {"error_description", description}});
}

// A version is active for a year: the stand-in takes 202507 to 202606.
bool active_version(const std::string& v) {
  return std::regex_match(v, std::regex("20[0-9]{4}")) && v >= "202507" && v <= "202606";
}

bool one_of(const json& value, std::initializer_list<const char*> allowed) {
  if (!value.is_string()) return false;
  for (const char* a : allowed)
    if (value.get<std::string>() == a) return true;
  return false;
}

bool has(const std::string& scopes, const std::string& scope) {
  for (const auto& s : split_scopes(scopes))
    if (s == scope) return true;
  return false;
}

}  // namespace

Reply Standin::linkedin(const Exchange& ex) {
  if (ex.method == "GET" && ex.path == "/oauth/v2/authorization") {
    if (ex.param("response_type") != "code")
      return oauth_error(400, "invalid_request", "response_type");
    auto scopes = split_scopes(ex.param("scope").value_or(""));
    for (const auto& s : scopes) {
      if (!kScopes.contains(s)) return oauth_error(400, "invalid_scope", "unknown scope " + s);
    }
    if (scopes.empty()) return oauth_error(400, "invalid_scope", "no scope");
    return authorize(ex, "linkedin", join(scopes, ' '), std::chrono::minutes(30));
  }
  if (ex.method == "POST" && ex.path == "/oauth/v2/accessToken") return linkedin_token(ex);
  if (ex.method == "GET" && ex.path == "/v2/userinfo") {
    bool expired = false;
    const Token* t = bearer(ex, "linkedin", expired);
    if (!t) {
      return expired ? error(401, 65600, "EXPIRED_ACCESS_TOKEN",
                             "The token used in the request has expired")
                     : error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
    }
    if (!has(t->scopes, "openid"))
      return error(403, 100, "ACCESS_DENIED", "Not enough permissions");
    return json_reply(200, {{"sub", t->member.id},
                            {"name", t->member.name},
                            {"given_name", t->member.name.substr(0, t->member.name.find(' '))},
                            {"family_name", t->member.name.substr(t->member.name.find(' ') + 1)},
                            {"locale", {{"country", "CA"}, {"language", "fr"}}},
                            {"picture", "https://media.licdn.example/" + t->member.id}});
  }
  if (ex.method == "POST" && ex.path == "/rest/posts") return linkedin_post(ex);
  return error(404, 0, "NOT_FOUND", "No such resource");
}

Reply Standin::linkedin_token(const Exchange& ex) {
  if (ex.header("Content-Type").value_or("").rfind("application/x-www-form-urlencoded", 0) != 0) {
    return oauth_error(400, "invalid_request", "the body must be form-encoded");
  }
  auto form = Exchange{"POST", "", "", decode_form(ex.body), {}, ""};
  const App& app = app_of("linkedin");
  if (form.param("client_id") != std::string(app.client_id) ||
      form.param("client_secret") != std::string(app.client_secret)) {
    return oauth_error(401, "invalid_client", "Client authentication failed");
  }
  auto grant_type = form.param("grant_type").value_or("");
  const auto now = SystemClock::now();
  if (grant_type == "authorization_code") {
    auto grant = redeem("linkedin", form.param("code").value_or(""));
    if (!grant) {
      return oauth_error(400, "invalid_request",
                         "Unable to retrieve access token: authorization code not found");
    }
    if (form.param("redirect_uri") != grant->redirect_uri) {
      return oauth_error(400, "invalid_redirect_uri", "redirect_uri does not match");
    }
    std::string access = issue({"linkedin", "user", grant->member, "", grant->scopes,
                                now + std::chrono::seconds(5184000)});
    json body = {{"access_token", access},
                 {"expires_in", 5184000},
                 {"scope", join(split_scopes(grant->scopes), ',')},
                 {"token_type", "Bearer"},
                 {"id_token", "eyJhbGciOiJSUzI1NiJ9.stand-in.signature"}};
    if (linkedin_refresh_tokens_) {
      body["refresh_token"] = issue({"linkedin", "refresh", grant->member, "", grant->scopes,
                                     now + std::chrono::hours(24 * 365)});
      body["refresh_token_expires_in"] = 31536000;
    }
    return json_reply(200, body);
  }
  if (grant_type == "refresh_token") {
    auto it = tokens_.find(form.param("refresh_token").value_or(""));
    if (it == tokens_.end() || it->second.network != "linkedin" || it->second.kind != "refresh" ||
        now >= *it->second.expires_at) {
      return oauth_error(400, "invalid_request", "The provided refresh token is invalid");
    }
    const Token& refresh = it->second;
    std::string access = issue({"linkedin", "user", refresh.member, "", refresh.scopes,
                                now + std::chrono::seconds(5184000)});
    // The refresh token keeps its own life: refreshing does not extend it.
    auto left = std::chrono::duration_cast<std::chrono::seconds>(*refresh.expires_at - now);
    return json_reply(200, {{"access_token", access},
                            {"expires_in", 5184000},
                            {"refresh_token", it->first},
                            {"refresh_token_expires_in", left.count()},
                            {"scope", join(split_scopes(refresh.scopes), ',')}});
  }
  return oauth_error(400, "unsupported_grant_type", "grant_type " + grant_type);
}

Reply Standin::linkedin_post(const Exchange& ex) {
  auto version = ex.header("LinkedIn-Version");
  if (!version || !active_version(*version)) {
    return json_reply(
        426, {{"status", 426},
              {"code", "NONEXISTENT_VERSION"},
              {"message", "Requested version " + version.value_or("(none)") + " is not active"}});
  }
  if (ex.header("X-Restli-Protocol-Version") != "2.0.0") {
    return error(400, 0, "BAD_REQUEST", "X-Restli-Protocol-Version 2.0.0 is required");
  }
  bool expired = false;
  const Token* t = bearer(ex, "linkedin", expired);
  if (!t) {
    return expired ? error(401, 65600, "EXPIRED_ACCESS_TOKEN",
                           "The token used in the request has expired")
                   : error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
  }
  if (!has(t->scopes, "w_member_social")) {
    return error(403, 100, "ACCESS_DENIED",
                 "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260101");
  }
  if (ex.header("Content-Type").value_or("").rfind("application/json", 0) != 0) {
    return error(415, 0, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
  }
  json body = json::parse(ex.body, nullptr, false);
  if (!body.is_object()) return error(400, 0, "BAD_REQUEST", "The body is not a JSON object");
  static const std::set<std::string> kFields = {"author",         "commentary",
                                                "visibility",     "distribution",
                                                "lifecycleState", "isReshareDisabledByAuthor",
                                                "content"};
  for (const auto& [key, value] : body.items()) {
    if (!kFields.contains(key))
      return error(422, 0, "UNRECOGNIZED_FIELD", "Unrecognized field " + key);
  }
  const std::string author = "urn:li:person:" + t->member.id;
  if (body.value("author", json()) != author) {
    return error(403, 100, "ACCESS_DENIED", "author is not the member of the token");
  }
  const json& d = body.value("distribution", json());
  bool shape = body.value("commentary", json()).is_string() &&
               one_of(body.value("visibility", json()), {"PUBLIC", "CONNECTIONS", "LOGGED_IN"}) &&
               d.is_object() &&
               one_of(d.value("feedDistribution", json()), {"MAIN_FEED", "NONE"}) &&
               d.value("targetEntities", json()).is_array() &&
               d.value("thirdPartyDistributionChannels", json()).is_array() &&
               one_of(body.value("lifecycleState", json()), {"PUBLISHED", "DRAFT"}) &&
               body.value("isReshareDisabledByAuthor", json()).is_boolean();
  if (!shape) return error(422, 0, "INVALID_POST", "The post does not have the Posts API shape");
  if (body.contains("content")) {
    const json article =
        body["content"].is_object() ? body["content"].value("article", json()) : json();
    if (!article.is_object() || !article.value("source", json()).is_string() ||
        !article.value("title", json()).is_string() ||
        article["source"].get<std::string>().rfind("http", 0) != 0) {
      return error(422, 0, "INVALID_CONTENT", "content.article needs a source URL and a title");
    }
  }
  auto little = read_little_text(body["commentary"].get<std::string>());
  if (little.unescaped_at) {
    // The real network would cut the post here and still answer 201.
    return error(422, 0, "UNESCAPED_RESERVED_CHARACTER",
                 "commentary has an unescaped reserved character at byte " +
                     std::to_string(*little.unescaped_at));
  }
  if (sharing::network_length(policy::Network::kLinkedIn, little.plain) > 3000) {
    return error(422, 0, "COMMENTARY_TOO_LONG", "commentary is longer than 3000 characters");
  }
  if (duplicate("linkedin", author, little.plain))
    return fault_reply(Fault{"linkedin", "rejected", 1, "", 0, 0});
  std::string urn = "urn:li:share:" + next_id(share_counter_);
  record_post("linkedin", urn, author, body, ex);
  Reply r;
  r.status = 201;
  r.headers.set("x-restli-id", urn);
  return r;
}

}  // namespace pv::standin
