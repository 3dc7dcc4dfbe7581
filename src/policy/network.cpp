#include "policy/network.h"

namespace pv::policy {

std::string_view to_string(Network network) {
  switch (network) {
    case Network::kLinkedIn: return "linkedin";
    case Network::kX: return "x";
    case Network::kFacebook: return "facebook";
  }
  return {};
}

std::optional<Network> parse_network(std::string_view name) {
  for (const Network n : kAllNetworks) {
    if (name == to_string(n)) return n;
  }
  return std::nullopt;
}

}  // namespace pv::policy
