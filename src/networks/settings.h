// The networks' settings, from configuration (`networks.linkedin`, `networks.x`,
// `networks.facebook` in deploy/config.example.json): every URL, the app's
// credentials and the API version, so that the tests point the connectors at
// the stand-in server and a new API version needs no new build.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "policy/network.h"

namespace pv::networks {

struct NetworkSettings {
  std::string client_id;
  std::string client_secret;
  std::string auth_url;   // the browser is sent here; "{version}" is replaced by `version`
  std::string token_url;  // code exchange and refresh; "{version}" likewise
  std::string api_base;   // scheme://host[:port], no trailing slash
  std::string version;    // LinkedIn YYYYMM, Facebook vNN.0; X has none

  bool configured() const { return !client_id.empty() && !client_secret.empty(); }
  // `url` with "{version}" replaced.
  std::string resolve(const std::string& url) const;
};

// The settings each network starts from: its real endpoints and a current
// version; client_id and client_secret come from configuration only.
NetworkSettings default_settings(policy::Network network);

struct NetworksSettings {
  NetworkSettings linkedin = default_settings(policy::Network::kLinkedIn);
  NetworkSettings x = default_settings(policy::Network::kX);
  NetworkSettings facebook = default_settings(policy::Network::kFacebook);
  std::chrono::seconds connect_timeout{10};
  std::chrono::seconds request_timeout{30};

  const NetworkSettings& of(policy::Network network) const;
  NetworkSettings& of(policy::Network network);
};

// Why `s` cannot be used ("token_url: ..."), or nullopt when it can: URLs are
// https (http only to loopback addresses, for tests), versions are well formed.
std::optional<std::string> settings_problem(policy::Network network, const NetworkSettings& s);

}  // namespace pv::networks
