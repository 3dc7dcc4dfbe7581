// The Facebook stand-in (networks.md, 3.8). Any /vNN.0/ version is served, as
// Graph serves an expired version as the oldest one still available.
#include <sstream>

#include "standin/standin.h"

namespace pv::standin {
namespace {

using nlohmann::json;
using SystemClock = std::chrono::system_clock;

const std::set<std::string> kScopes = {"pages_show_list",         "pages_manage_posts",
                                       "pages_read_engagement",   "pages_manage_metadata",
                                       "pages_manage_engagement", "business_management"};

Reply graph_error(int status, long long code, const std::string& message,
                  json extra = json::object()) {
  json e = {{"message", message},
            {"type", "OAuthException"},
            {"code", code},
            {"fbtrace_id", "AbCdEfGhIjK"}};
  e.update(extra);
  return json_reply(status, {{"error", e}});
}

Reply token_error(bool expired) {
  return expired ? graph_error(400, 190, "Error validating access token: Session has expired.",
                               {{"error_subcode", 463}})
                 : graph_error(400, 190, "Invalid OAuth access token - Cannot parse access token");
}

}  // namespace

Reply Standin::facebook(const Exchange& ex, const std::string& rest) {
  if (ex.method == "GET" && rest == "/dialog/oauth") {
    std::string scopes = ex.param("scope").value_or("");
    std::string joined;
    std::istringstream in(scopes);
    for (std::string s; std::getline(in, s, ',');) {
      if (!kScopes.contains(s)) {
        return graph_error(400, 100, "Invalid Scopes: " + s);
      }
      joined += (joined.empty() ? "" : " ") + s;
    }
    if (joined.find("pages_manage_posts") == std::string::npos) {
      return graph_error(400, 100, "pages_manage_posts is needed to post to a Page");
    }
    return authorize(ex, "facebook", joined, std::chrono::minutes(10));
  }
  if (ex.method == "GET" && rest == "/oauth/access_token") return facebook_token(ex);
  if (ex.method == "GET" && rest == "/me/accounts") {
    bool expired = false;
    const Token* t = bearer(ex, "facebook", expired);
    if (!t || t->kind != "user") return token_error(expired);
    json data = json::array();
    for (const auto& page : t->member.pages) {
      Token page_token{"facebook",           "page",    t->member,
                       page.value("id", ""), t->scopes, std::nullopt};
      // From a short-lived user token, a Page token lasts an hour; from a long-lived
      // one, it does not expire.
      if (!t->long_lived) page_token.expires_at = SystemClock::now() + std::chrono::hours(1);
      json p = page;
      p["access_token"] = issue(page_token);
      p["category"] = "Financial service";
      data.push_back(p);
    }
    return json_reply(200, {{"data", data},
                            {"paging", {{"cursors", {{"before", "QVFIU"}, {"after", "QVFIU"}}}}}});
  }
  auto feed = rest.rfind("/feed");
  if (ex.method == "POST" && feed != std::string::npos && feed + 5 == rest.size() && feed > 1) {
    return facebook_feed(ex, rest.substr(1, feed - 1));
  }
  return graph_error(400, 100, "Unsupported request");
}

Reply Standin::facebook_token(const Exchange& ex) {
  const App& app = app_of("facebook");
  if (ex.param("client_id") != std::string(app.client_id) ||
      ex.param("client_secret") != std::string(app.client_secret)) {
    return graph_error(400, 1, "Error validating client secret.");
  }
  const auto now = SystemClock::now();
  if (ex.param("grant_type") == "fb_exchange_token") {
    bool expired = false;
    Exchange inner = ex;
    inner.headers = {};
    inner.query = {{"access_token", ex.param("fb_exchange_token").value_or("")}};
    const Token* t = bearer(inner, "facebook", expired);
    if (!t || t->kind != "user") return token_error(expired);
    Token long_lived{
        "facebook", "user", t->member, "", t->scopes, now + std::chrono::seconds(5183944), true};
    return json_reply(
        200,
        {{"access_token", issue(long_lived)}, {"token_type", "bearer"}, {"expires_in", 5183944}});
  }
  auto grant = redeem("facebook", ex.param("code").value_or(""));
  if (!grant) {
    return graph_error(400, 100, "Invalid verification code format.", {{"error_subcode", 36007}});
  }
  if (ex.param("redirect_uri") != grant->redirect_uri) {
    return graph_error(400, 100,
                       "Error validating verification code. Please make sure your "
                       "redirect_uri is identical to the one you used in the OAuth "
                       "dialog request");
  }
  Token user{"facebook", "user", grant->member, "", grant->scopes, now + std::chrono::hours(1)};
  return json_reply(
      200, {{"access_token", issue(user)}, {"token_type", "bearer"}, {"expires_in", 3600}});
}

Reply Standin::facebook_feed(const Exchange& ex, const std::string& target) {
  bool expired = false;
  const Token* t = bearer(ex, "facebook", expired);
  if (!t) return token_error(expired);
  if (t->kind != "page" || t->page_id != target) {
    // A user token, or a profile's feed: what Graph answers since publish_actions went.
    return graph_error(403, 200,
                       "(#200) This endpoint is deprecated since the required permission "
                       "publish_actions is deprecated");
  }
  json body;
  if (ex.header("Content-Type").value_or("").rfind("application/json", 0) == 0) {
    body = json::parse(ex.body, nullptr, false);
  } else {
    body = json::object();
    for (const auto& [k, v] : decode_form(ex.body))
      body[k] = v;
  }
  if (!body.is_object()) return graph_error(400, 100, "Invalid JSON");
  const bool has_message = body.value("message", json()).is_string();
  const bool has_link = body.value("link", json()).is_string();
  if (!has_message && !has_link) {
    return graph_error(400, 100, "(#100) Missing message or attachment");
  }
  if (has_link && body["link"].get<std::string>().rfind("http", 0) != 0) {
    return graph_error(400, 100, "(#100) The link is not a valid URL");
  }
  std::string text = has_message ? body["message"].get<std::string>() : "";
  if (duplicate("facebook", target, text + "\n" + body.value("link", ""))) {
    return fault_reply(Fault{"facebook", "rejected", 1, "", 0, 0});
  }
  std::string id = target + "_" + next_id(fb_post_counter_);
  record_post("facebook", id, target, body, ex);
  return json_reply(200, {{"id", id}});
}

}  // namespace pv::standin
