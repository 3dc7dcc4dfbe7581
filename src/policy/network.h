// The networks a post can go to, by the names the API, the charter and the
// configuration use: "linkedin", "x", "facebook".
//
// Plain values and pure functions: safe to use from any thread.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace pv::policy {

enum class Network { kLinkedIn, kX, kFacebook };

inline constexpr std::array<Network, 3> kAllNetworks = {Network::kLinkedIn, Network::kX,
                                                        Network::kFacebook};

std::string_view to_string(Network network);
// Exact, lower-case names only (a charter's "LinkedIn" is a mistake; callers
// that compare case-insensitively lower-case first).
std::optional<Network> parse_network(std::string_view name);

}  // namespace pv::policy
