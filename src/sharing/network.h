// The networks a share can go to, by the names the API, the charter context
// and the configuration use: "linkedin", "x", "facebook". Each has a text
// limit counted its own way (network_length.h).
//
// Plain values and pure functions: safe to use from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace pv::sharing {

enum class Network { kLinkedIn, kX, kFacebook };

inline constexpr std::array<Network, 3> kAllNetworks = {Network::kLinkedIn, Network::kX,
                                                        Network::kFacebook};

std::string_view network_name(Network network);

// The network of that name, compared case-insensitively as the charter
// compares context values ("LinkedIn" is linkedin); nullopt otherwise.
std::optional<Network> parse_network(std::string_view name);

// The longest published text, as the network counts it (CHARTER.md,
// "Disclaimers"): LinkedIn 3,000 and Facebook 63,206 UTF-16 code units, X 280
// weighted characters.
std::size_t network_limit(Network network);

}  // namespace pv::sharing
