// The stand-in's control endpoints (standin.h) and the errors its faults answer.
#include "standin/standin.h"

namespace pv::standin {
namespace {

using nlohmann::json;
using SystemClock = std::chrono::system_clock;

const std::set<std::string> kNetworks = {"linkedin", "x", "facebook"};
const std::set<std::string> kFaults = {
    "needs_reconnect",       "rate_limited", "transient", "rejected", "drop",
    "drop_after_processing", "delay"};

json filtered(const json& list, const std::optional<std::string>& network) {
  json out = json::array();
  for (const auto& item : list) {
    if (!network || item["network"] == *network) out.push_back(item);
  }
  return out;
}

Reply bad(const std::string& why) {
  return json_reply(400, {{"error", why}});
}

long long unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(SystemClock::now().time_since_epoch())
      .count();
}

}  // namespace

Reply Standin::control(const Exchange& ex) {
  std::lock_guard lock(mu_);
  if (ex.method == "GET" && ex.path == "/_standin/posts") {
    return json_reply(200, {{"items", filtered(posts_, ex.param("network"))}});
  }
  if (ex.method == "GET" && ex.path == "/_standin/networks-config") {
    // For the address the caller reached this stand-in at.
    return json_reply(200, porte_voix_networks("http://" + ex.header("Host").value_or("")));
  }
  if (ex.method == "GET" && ex.path == "/_standin/requests") {
    return json_reply(200, {{"items", filtered(requests_, ex.param("network"))}});
  }
  if (ex.method != "POST") return json_reply(405, {{"error", "method not allowed"}});
  json body = json::parse(ex.body.empty() ? "{}" : ex.body, nullptr, false);
  if (!body.is_object()) return bad("the body is not a JSON object");
  std::string network = body.value("network", "");
  if (ex.path == "/_standin/reset") {
    reset();
    return json_reply(200, {{"ok", true}});
  }
  if (ex.path == "/_standin/settings") {
    if (body.contains("linkedin_refresh_tokens")) {
      linkedin_refresh_tokens_ = body["linkedin_refresh_tokens"].get<bool>();
    }
    if (body.contains("x_access_seconds")) x_access_seconds_ = body["x_access_seconds"].get<int>();
    if (body.contains("deny_next")) deny_next_.insert(body["deny_next"].get<std::string>());
    return json_reply(200, {{"ok", true}});
  }
  if (!kNetworks.contains(network)) return bad("network must be linkedin, x or facebook");
  if (ex.path == "/_standin/faults") {
    Fault f{network,
            body.value("fault", ""),
            body.value("count", 1),
            body.value("path", ""),
            body.value("delay_ms", 0),
            body.value("retry_after_seconds", 0)};
    if (!kFaults.contains(f.kind)) return bad("unknown fault " + f.kind);
    faults_.push_back(f);
    return json_reply(200, {{"ok", true}});
  }
  if (ex.path == "/_standin/expire") {
    int expired = 0;
    for (auto& [value, token] : tokens_) {
      if (token.network == network && token.kind != "refresh") {
        token.expires_at = SystemClock::now() - std::chrono::seconds(1);
        ++expired;
      }
    }
    return json_reply(200, {{"expired", expired}});
  }
  if (ex.path == "/_standin/members") {
    Member m{body.value("id", ""), body.value("name", ""), body.value("username", ""),
             body.value("pages", members_[network].pages)};
    if (m.id.empty() || m.name.empty()) return bad("id and name are required");
    members_[network] = m;
    return json_reply(200, {{"ok", true}});
  }
  return json_reply(404, {{"error", "no such control endpoint"}});
}

Reply Standin::fault_reply(const Fault& f) {
  const int wait = f.retry_after_seconds > 0 ? f.retry_after_seconds : 900;
  if (f.network == "linkedin") {
    if (f.kind == "needs_reconnect") {
      return json_reply(401, {{"status", 401},
                              {"serviceErrorCode", 65600},
                              {"code", "REVOKED_ACCESS_TOKEN"},
                              {"message", "The token used in the request has been revoked"}});
    }
    if (f.kind == "rate_limited") {
      auto r = json_reply(429, {{"status", 429}, {"message", "Resource level throttle limit"}});
      if (f.retry_after_seconds > 0) r.headers.set("Retry-After", std::to_string(wait));
      return r;
    }
    if (f.kind == "transient") {
      return json_reply(503, {{"status", 503}, {"message", "Service Unavailable"}});
    }
    return json_reply(422,
                      {{"errorDetailType", "com.linkedin.common.error.BadRequest"},
                       {"message", "Content is a duplicate of urn:li:share:7295588489876647936"},
                       {"errorDetails",
                        {{"inputErrors",
                          {{{"description", "Duplicate post is detected"},
                            {"input", json::object()},
                            {"code", "DUPLICATE_POST"}}}}}},
                       {"status", 422}});
  }
  if (f.network == "x") {
    if (f.kind == "needs_reconnect") {
      return json_reply(401, {{"title", "Unauthorized"},
                              {"type", "about:blank"},
                              {"status", 401},
                              {"detail", "Unauthorized"}});
    }
    if (f.kind == "rate_limited") {
      auto r = json_reply(429, {{"title", "Too Many Requests"},
                                {"detail", "Too Many Requests"},
                                {"type", "about:blank"},
                                {"status", 429}});
      r.headers.set("x-rate-limit-limit", "100");
      r.headers.set("x-rate-limit-remaining", "0");
      r.headers.set("x-rate-limit-reset", std::to_string(unix_now() + wait));
      return r;
    }
    if (f.kind == "transient") {
      return json_reply(503, {{"title", "Service Unavailable"},
                              {"detail", "Service Unavailable"},
                              {"type", "about:blank"},
                              {"status", 503}});
    }
    return json_reply(403, {{"detail",
                             "You are not allowed to create a Tweet with duplicate "
                             "content."},
                            {"type", "about:blank"},
                            {"title", "Forbidden"},
                            {"status", 403}});
  }
  auto error = [](long long code, const std::string& message, json extra = json::object()) {
    json e = {{"message", message},
              {"type", "OAuthException"},
              {"code", code},
              {"fbtrace_id", "AbCdEfGhIjK"}};
    e.update(extra);
    return json{{"error", e}};
  };
  if (f.kind == "needs_reconnect") {
    return json_reply(400, error(190,
                                 "Error validating access token: Session has expired on "
                                 "Tuesday, 24-Nov-26 10:00:00 PST.",
                                 {{"error_subcode", 463}}));
  }
  if (f.kind == "rate_limited") {
    auto r = json_reply(400, error(32, "(#32) Page request limit reached"));
    json usage = {{"546349135390552",
                   {{{"type", "pages"},
                     {"call_count", 100},
                     {"total_cputime", 25},
                     {"total_time", 25},
                     {"estimated_time_to_regain_access", (wait + 59) / 60}}}}};
    r.headers.set("X-Business-Use-Case-Usage", usage.dump());
    return r;
  }
  if (f.kind == "transient") {
    return json_reply(500, error(2,
                                 "An unexpected error has occurred. Please retry your request "
                                 "later.",
                                 {{"is_transient", true}}));
  }
  return json_reply(400, error(506, "(#506) Duplicate status message"));
}

}  // namespace pv::standin
