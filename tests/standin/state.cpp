// The stand-in's shared machinery: routing by network, faults, OAuth codes and
// tokens, and what it records.
#include <regex>
#include <thread>

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include "standin/standin.h"
#include "util/crypto.h"
#include "util/time.h"

namespace pv::standin {
namespace {

using SystemClock = std::chrono::system_clock;

std::string enc(std::string_view s) {
  return boost::urls::encode(s, boost::urls::unreserved_chars);
}

std::string network_of(const std::string& path) {
  if (path.rfind("/oauth/v2/", 0) == 0 || path == "/v2/userinfo" || path.rfind("/rest/", 0) == 0) {
    return "linkedin";
  }
  if (path.rfind("/i/oauth2/", 0) == 0 || path.rfind("/2/", 0) == 0) return "x";
  static const std::regex kGraph("^/v[0-9]+\\.[0-9]+/.*");
  if (std::regex_match(path, kGraph)) return "facebook";
  return "";
}

bool is_authorize_page(const std::string& path) {
  return path == "/oauth/v2/authorization" || path == "/i/oauth2/authorize" ||
         (path.size() > 13 && path.substr(path.size() - 13) == "/dialog/oauth");
}

// A registered redirect URI: http:// on a loopback address, no fragment.
bool registered(const std::string& uri) {
  auto u = boost::urls::parse_uri(uri);
  if (!u || u->scheme() != "http" || u->has_fragment()) return false;
  std::string host(u->encoded_host());
  return host == "localhost" || host.rfind("127.", 0) == 0 || host == "[::1]";
}

nlohmann::json headers_json(const http::Headers& headers) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, value] : headers) {
    std::string lower = name;
    for (auto& c : lower)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out[lower] = value;
  }
  return out;
}

Member default_member(const std::string& network) {
  if (network == "linkedin") return {"782bbtaQ", "Alex Example", "", nullptr};
  if (network == "x") return {"2244994945", "Alex Example", "AlexExample", nullptr};
  return {
      "10000001", "Alex Example", "",
      nlohmann::json::array({{{"id", "546349135390552"},
                              {"name", "Example Inc."},
                              {"tasks", {"ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT"}}}})};
}

}  // namespace

Reply json_reply(int status, const nlohmann::json& body) {
  Reply r;
  r.status = status;
  r.headers.set("Content-Type", "application/json");
  r.body = body.dump();
  return r;
}

Standin::Standin() {
  reset();
}

void Standin::reset() {
  members_.clear();
  for (const char* n : {"linkedin", "x", "facebook"})
    members_[n] = default_member(n);
  grants_.clear();
  tokens_.clear();
  faults_.clear();
  posts_ = nlohmann::json::array();
  requests_ = nlohmann::json::array();
  seen_texts_.clear();
  x_window_.clear();
  x_window_end_ = {};
  linkedin_refresh_tokens_ = false;
  x_access_seconds_ = 7200;
  deny_next_.clear();
}

Reply Standin::handle(const Exchange& ex) {
  if (ex.path == "/healthz") {
    Reply r;
    r.body = "ok";
    return r;
  }
  if (ex.path.rfind("/_standin/", 0) == 0) return control(ex);
  const std::string network = network_of(ex.path);
  if (network.empty()) return json_reply(404, {{"message", "no such endpoint"}});
  std::optional<Fault> fault;
  {
    std::lock_guard lock(mu_);
    requests_.push_back({{"network", network},
                         {"method", ex.method},
                         {"path", ex.path},
                         {"target", ex.target},
                         {"headers", headers_json(ex.headers)},
                         {"body", ex.body}});
    fault = take_fault(network, ex);
  }
  if (fault) {
    if (fault->kind == "drop") return Reply{0, {}, "", true};
    if (fault->kind == "delay") {
      std::this_thread::sleep_for(std::chrono::milliseconds(fault->delay_ms));
    } else if (fault->kind == "drop_after_processing") {
      auto r = dispatch(ex, network);
      r.drop = true;
      return r;
    } else {
      return fault_reply(*fault);
    }
  }
  return dispatch(ex, network);
}

Reply Standin::dispatch(const Exchange& ex, const std::string& network) {
  std::lock_guard lock(mu_);
  if (network == "linkedin") return linkedin(ex);
  if (network == "x") return x(ex);
  auto slash = ex.path.find('/', 1);
  return facebook(ex, ex.path.substr(slash));
}

std::optional<Fault> Standin::take_fault(const std::string& network, const Exchange& ex) {
  if (is_authorize_page(ex.path)) return std::nullopt;
  for (auto it = faults_.begin(); it != faults_.end(); ++it) {
    if (it->network != network || ex.path.rfind(it->path, 0) != 0) continue;
    Fault f = *it;
    if (--it->count <= 0) faults_.erase(it);
    return f;
  }
  return std::nullopt;
}

Reply Standin::authorize(const Exchange& ex, const std::string& network, const std::string& scopes,
                         std::chrono::seconds code_life) {
  auto redirect = ex.param("redirect_uri");
  auto state = ex.param("state");
  if (ex.param("client_id") != std::string(app_of(network).client_id)) {
    return json_reply(400,
                      {{"error", "invalid_client"}, {"error_description", "unknown client_id"}});
  }
  if (!redirect || !registered(*redirect)) {
    return json_reply(400, {{"error", "invalid_request"},
                            {"error_description", "redirect_uri does not match a registered one"}});
  }
  if (!state || state->empty()) {
    return json_reply(400, {{"error", "invalid_request"}, {"error_description", "state missing"}});
  }
  std::string back = *redirect + (redirect->find('?') == std::string::npos ? "?" : "&");
  if (deny_next_.erase(network)) {
    back += network == "linkedin" ? "error=user_cancelled_authorize&error_description=" +
                                        enc("The user cancelled the authorization")
                                  : "error=access_denied";
  } else {
    std::string code = crypto::random_token(24);
    grants_[code] = Grant{network,
                          std::string(app_of(network).client_id),
                          *redirect,
                          scopes,
                          ex.param("code_challenge").value_or(""),
                          members_[network],
                          SystemClock::now() + code_life};
    back += "code=" + enc(code);
  }
  back += "&state=" + enc(*state);
  Reply r;
  r.status = 302;
  r.headers.set("Location", back);
  return r;
}

std::optional<Grant> Standin::redeem(const std::string& network, const std::string& code) {
  auto it = grants_.find(code);
  if (it == grants_.end() || it->second.network != network) return std::nullopt;
  Grant g = it->second;
  grants_.erase(it);  // single use, even when the rest of the exchange fails
  if (SystemClock::now() >= g.expires_at) return std::nullopt;
  return g;
}

std::string Standin::issue(Token token) {
  std::string value = crypto::random_token(32);
  tokens_[value] = std::move(token);
  return value;
}

const Token* Standin::bearer(const Exchange& ex, const std::string& network, bool& expired) {
  expired = false;
  std::string value;
  auto header = ex.header("Authorization");
  if (header && header->rfind("Bearer ", 0) == 0) {
    value = header->substr(7);
  } else if (auto param = ex.param("access_token")) {
    value = *param;
  }
  auto it = tokens_.find(value);
  if (it == tokens_.end() || it->second.network != network || it->second.kind == "refresh" ||
      !it->second.valid) {
    return nullptr;
  }
  if (it->second.expires_at && SystemClock::now() >= *it->second.expires_at) {
    expired = true;
    return nullptr;
  }
  return &it->second;
}

void Standin::record_post(const std::string& network, const std::string& id,
                          const std::string& author, const nlohmann::json& body,
                          const Exchange& ex) {
  posts_.push_back({{"network", network},
                    {"id", id},
                    {"author", author},
                    {"body", body},
                    {"headers", headers_json(ex.headers)},
                    {"received_at", format_time(SystemClock::now(), true)}});
}

bool Standin::duplicate(const std::string& network, const std::string& author,
                        const std::string& text) {
  return !seen_texts_.insert(network + "\n" + author + "\n" + text).second;
}

std::string Standin::next_id(std::uint64_t& counter) {
  return std::to_string(++counter);
}

}  // namespace pv::standin
