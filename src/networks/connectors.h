// The connectors in use, one per network whose app credentials are configured.
// Built once by the composition root; read-only afterwards (any thread).
#pragma once

#include <array>
#include <memory>

#include "http/client.h"
#include "networks/connector.h"
#include "networks/settings.h"
#include "util/clock.h"

namespace pv::networks {

class ConnectorRegistry {
 public:
  // Replaces the connector of its network.
  void add(std::unique_ptr<Connector> connector);
  // nullptr when that network is not configured.
  Connector* find(Network network) const;

 private:
  std::array<std::unique_ptr<Connector>, 3> connectors_;
};

// A connector for every network with a client_id and client_secret in
// `settings`. `client` and `clock` must outlive the registry.
ConnectorRegistry make_connectors(const NetworksSettings& settings, http::Client& client,
                                  const Clock& clock);

}  // namespace pv::networks
