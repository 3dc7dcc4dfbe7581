#include "networks/settings.h"

#include <regex>

#include <boost/url/parse.hpp>

namespace pv::networks {
namespace {

bool loopback(const std::string& host) {
  return host == "localhost" || host.rfind("127.", 0) == 0 || host == "[::1]";
}

// nullopt when `url` is an https URL, or an http one to a loopback address.
std::optional<std::string> url_problem(const std::string& url, bool base) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || parsed->encoded_host().empty()) return "must be an absolute URL";
  if (parsed->scheme() != "https" &&
      !(parsed->scheme() == "http" && loopback(std::string(parsed->encoded_host())))) {
    return "must be https:// (http:// only to a loopback address)";
  }
  if (parsed->has_query() || parsed->has_fragment()) return "must have no query or fragment";
  if (base && !parsed->encoded_path().empty()) return "must be scheme://host[:port] only";
  return std::nullopt;
}

}  // namespace

std::string NetworkSettings::resolve(const std::string& url) const {
  static const std::string kPlaceholder = "{version}";
  std::string out = url;
  if (auto at = out.find(kPlaceholder); at != std::string::npos) {
    out.replace(at, kPlaceholder.size(), version);
  }
  return out;
}

NetworkSettings default_settings(policy::Network network) {
  switch (network) {
    case policy::Network::kLinkedIn:
      return {"",
              "",
              "https://www.linkedin.com/oauth/v2/authorization",
              "https://www.linkedin.com/oauth/v2/accessToken",
              "https://api.linkedin.com",
              "202601"};
    case policy::Network::kX:
      return {"",
              "",
              "https://x.com/i/oauth2/authorize",
              "https://api.x.com/2/oauth2/token",
              "https://api.x.com",
              ""};
    case policy::Network::kFacebook:
      return {"",
              "",
              "https://www.facebook.com/{version}/dialog/oauth",
              "https://graph.facebook.com/{version}/oauth/access_token",
              "https://graph.facebook.com",
              "v25.0"};
  }
  return {};
}

const NetworkSettings& NetworksSettings::of(policy::Network network) const {
  switch (network) {
    case policy::Network::kLinkedIn: return linkedin;
    case policy::Network::kX: return x;
    case policy::Network::kFacebook: return facebook;
  }
  return linkedin;
}

NetworkSettings& NetworksSettings::of(policy::Network network) {
  return const_cast<NetworkSettings&>(std::as_const(*this).of(network));
}

std::optional<std::string> settings_problem(policy::Network network, const NetworkSettings& s) {
  if (s.client_id.empty() != s.client_secret.empty()) {
    return "client_id and client_secret: give both or neither";
  }
  if (auto p = url_problem(s.resolve(s.auth_url), false)) return "auth_url: " + *p;
  if (auto p = url_problem(s.resolve(s.token_url), false)) return "token_url: " + *p;
  if (auto p = url_problem(s.api_base, true)) return "api_base: " + *p;
  switch (network) {
    case policy::Network::kLinkedIn:
      if (!std::regex_match(s.version, std::regex("20[0-9]{2}(0[1-9]|1[0-2])"))) {
        return "version: must be YYYYMM, e.g. 202601";
      }
      break;
    case policy::Network::kFacebook:
      if (!std::regex_match(s.version, std::regex("v[1-9][0-9]*\\.0"))) {
        return "version: must be vNN.0, e.g. v25.0";
      }
      break;
    case policy::Network::kX:
      if (!s.version.empty()) return "version: X has no API version setting";
      break;
  }
  return std::nullopt;
}

}  // namespace pv::networks
