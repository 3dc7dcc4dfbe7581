#include "sharing/network.h"

namespace pv::sharing {
namespace {

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view network_name(Network network) {
  switch (network) {
    case Network::kLinkedIn:
      return "linkedin";
    case Network::kX:
      return "x";
    case Network::kFacebook:
      return "facebook";
  }
  return {};
}

std::optional<Network> parse_network(std::string_view name) {
  for (const Network n : kAllNetworks) {
    if (equal_ignoring_ascii_case(name, network_name(n))) return n;
  }
  return std::nullopt;
}

std::size_t network_limit(Network network) {
  switch (network) {
    case Network::kLinkedIn:
      return 3000;
    case Network::kX:
      return 280;
    case Network::kFacebook:
      return 63206;
  }
  return 0;
}

}  // namespace pv::sharing
