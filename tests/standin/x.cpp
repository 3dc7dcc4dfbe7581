// The X stand-in (networks.md, 2.8).
#include <regex>
#include <sstream>

#include <sodium.h>

#include "sharing/network_length.h"
#include "standin/standin.h"
#include "util/crypto.h"

namespace pv::standin {
namespace {

using nlohmann::json;
using SystemClock = std::chrono::system_clock;

const std::set<std::string> kScopes = {"tweet.read",     "tweet.write", "users.read",
                                       "offline.access", "media.write", "like.write"};

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string s; in >> s;)
    out.push_back(s);
  return out;
}

bool has(const std::string& scopes, const std::string& scope) {
  for (const auto& s : words(scopes))
    if (s == scope) return true;
  return false;
}

Reply problem(int status, const std::string& title, const std::string& detail,
              const std::string& type = "about:blank") {
  return json_reply(status,
                    {{"title", title}, {"detail", detail}, {"type", type}, {"status", status}});
}

Reply oauth_error(int status, const std::string& error, const std::string& description) {
  return json_reply(status, {{"error", error}, {"error_description", description}});
}

// "Basic base64(id:secret)", as a confidential client must send it.
bool basic_auth_ok(const Exchange& ex) {
  auto header = ex.header("Authorization");
  if (!header || header->rfind("Basic ", 0) != 0) return false;
  std::string b64 = header->substr(6);
  std::string raw(b64.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), b64.data(),
                        b64.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return false;
  }
  raw.resize(len);
  const App& app = app_of("x");
  return raw == std::string(app.client_id) + ":" + std::string(app.client_secret);
}

std::string tco(const std::string& text) {
  static const std::regex kUrl("https?://[^\\s]+");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), kUrl);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out += text.substr(last, static_cast<std::size_t>(it->position()) - last);
    out += "https://t.co/" + crypto::sha256_hex(it->str()).substr(0, 10);
    last = static_cast<std::size_t>(it->position() + it->length());
  }
  return out + text.substr(last);
}

}  // namespace

Reply Standin::x(const Exchange& ex) {
  if (ex.method == "GET" && ex.path == "/i/oauth2/authorize") {
    if (ex.param("response_type") != "code")
      return oauth_error(400, "invalid_request", "response_type");
    if (ex.param("code_challenge_method") != "S256" ||
        ex.param("code_challenge").value_or("").empty()) {
      return oauth_error(400, "invalid_request", "PKCE with S256 is required");
    }
    auto scopes = ex.param("scope").value_or("");
    for (const auto& s : words(scopes)) {
      if (!kScopes.contains(s)) return oauth_error(400, "invalid_scope", "unknown scope " + s);
    }
    if (!has(scopes, "tweet.write") || !has(scopes, "offline.access")) {
      return oauth_error(400, "invalid_scope", "tweet.write and offline.access are needed");
    }
    return authorize(ex, "x", scopes, std::chrono::seconds(30));
  }
  if (ex.method == "POST" && ex.path == "/2/oauth2/token") return x_token(ex);
  if (ex.method == "GET" && ex.path == "/2/users/me") {
    bool expired = false;
    const Token* t = bearer(ex, "x", expired);
    if (!t) return problem(401, "Unauthorized", "Unauthorized");
    if (!has(t->scopes, "users.read")) return problem(403, "Forbidden", "users.read is needed");
    return json_reply(
        200,
        {{"data",
          {{"id", t->member.id}, {"name", t->member.name}, {"username", t->member.username}}}});
  }
  if (ex.method == "POST" && ex.path == "/2/tweets") return x_post(ex);
  return problem(404, "Not Found Error", "no such resource");
}

Reply Standin::x_token(const Exchange& ex) {
  if (!basic_auth_ok(ex)) {
    return oauth_error(401, "unauthorized_client", "Missing valid authorization header");
  }
  auto form = Exchange{"POST", "", "", decode_form(ex.body), {}, ""};
  if (form.param("client_id") != std::string(app_of("x").client_id)) {
    return oauth_error(400, "invalid_request", "client_id does not match");
  }
  const auto now = SystemClock::now();
  auto grant_type = form.param("grant_type").value_or("");
  Member member;
  std::string scopes;
  if (grant_type == "authorization_code") {
    auto grant = redeem("x", form.param("code").value_or(""));
    if (!grant) {
      return oauth_error(400, "invalid_request",
                         "Value passed for the authorization code was invalid.");
    }
    auto verifier = form.param("code_verifier").value_or("");
    if (verifier.size() < 43 || verifier.size() > 128 ||
        crypto::to_base64url(crypto::sha256(verifier)) != grant->code_challenge) {
      return oauth_error(400, "invalid_request", "Value passed for the code_verifier was invalid.");
    }
    if (form.param("redirect_uri") != grant->redirect_uri) {
      return oauth_error(400, "invalid_request",
                         "Value passed for the redirect uri did not match.");
    }
    member = grant->member;
    scopes = grant->scopes;
  } else if (grant_type == "refresh_token") {
    auto it = tokens_.find(form.param("refresh_token").value_or(""));
    if (it == tokens_.end() || it->second.network != "x" || it->second.kind != "refresh" ||
        !it->second.valid) {
      return oauth_error(400, "invalid_request", "Value passed for the token was invalid.");
    }
    it->second.valid = false;  // rotated: single use
    member = it->second.member;
    scopes = it->second.scopes;
  } else {
    return oauth_error(400, "invalid_request", "grant_type");
  }
  std::string access =
      issue({"x", "user", member, "", scopes, now + std::chrono::seconds(x_access_seconds_)});
  json body = {{"token_type", "bearer"},
               {"expires_in", x_access_seconds_},
               {"access_token", access},
               {"scope", scopes}};
  if (has(scopes, "offline.access")) {
    body["refresh_token"] = issue({"x", "refresh", member, "", scopes, std::nullopt});
  }
  return json_reply(200, body);
}

Reply Standin::x_post(const Exchange& ex) {
  bool expired = false;
  const Token* t = bearer(ex, "x", expired);
  if (!t) return problem(401, "Unauthorized", "Unauthorized");
  if (!has(t->scopes, "tweet.write")) {
    return problem(403, "Forbidden", "You are not permitted to perform this action.");
  }
  json body = json::parse(ex.body, nullptr, false);
  if (!body.is_object() || !body.value("text", json()).is_string() || body.size() != 1) {
    return json_reply(400, {{"errors",
                             {{{"parameters", {{"text", json::array()}}},
                               {"message", "$.text is required and alone"}}}},
                            {"title", "Invalid Request"},
                            {"detail", "One or more parameters to your request was invalid."},
                            {"type", "https://api.twitter.com/2/problems/invalid-request"}});
  }
  const std::string text = body["text"];
  if (text.empty() || sharing::x_weighted_length(text) > 280) {
    return problem(403, "Forbidden", "You are not permitted to perform this action.");
  }
  const auto now = SystemClock::now();
  if (now >= x_window_end_) {
    x_window_.clear();
    x_window_end_ = now + std::chrono::minutes(15);
  }
  int& used = x_window_[t->member.id];
  auto reset = std::chrono::duration_cast<std::chrono::seconds>(x_window_end_.time_since_epoch());
  auto limits = [&](Reply r) {
    r.headers.set("x-rate-limit-limit", "100");
    r.headers.set("x-rate-limit-remaining", std::to_string(std::max(0, 100 - used)));
    r.headers.set("x-rate-limit-reset", std::to_string(reset.count()));
    return r;
  };
  if (used >= 100) return limits(problem(429, "Too Many Requests", "Too Many Requests"));
  if (duplicate("x", t->member.id, text))
    return limits(fault_reply(Fault{"x", "rejected", 1, "", 0, 0}));
  ++used;
  std::string id = next_id(tweet_counter_);
  record_post("x", id, t->member.username, body, ex);
  return limits(json_reply(201, {{"data", {{"id", id}, {"text", tco(text)}}}}));
}

}  // namespace pv::standin
