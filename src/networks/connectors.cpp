#include "networks/connectors.h"

#include "networks/facebook_connector.h"
#include "networks/linkedin_connector.h"
#include "networks/x_connector.h"

namespace pv::networks {

Connector::~Connector() = default;

void ConnectorRegistry::add(std::unique_ptr<Connector> connector) {
  auto slot = static_cast<std::size_t>(connector->network());
  connectors_[slot] = std::move(connector);
}

Connector* ConnectorRegistry::find(Network network) const {
  return connectors_[static_cast<std::size_t>(network)].get();
}

ConnectorRegistry make_connectors(const NetworksSettings& settings, http::Client& client,
                                  const Clock& clock) {
  ConnectorRegistry registry;
  if (settings.linkedin.configured()) {
    registry.add(std::make_unique<LinkedInConnector>(settings.linkedin, client, clock));
  }
  if (settings.x.configured()) {
    registry.add(std::make_unique<XConnector>(settings.x, client, clock));
  }
  if (settings.facebook.configured()) {
    registry.add(std::make_unique<FacebookConnector>(settings.facebook, client, clock));
  }
  return registry;
}

}  // namespace pv::networks
