// A share's tracked link (API.md, "Links and analytics"): the published text
// carries <public_url>/l/<code>, and GET /l/<code> answers 302 to the
// content's URL with the UTM tags added, recording the click.
//
// The code is short and unguessable (72 random bits), so that nobody can walk
// the codes to read which content was shared or to inflate its clicks.
//
// Pure functions (new_link_code() reads the system's CSPRNG): any thread.
#pragma once

#include <string>
#include <string_view>

#include "policy/network.h"
#include "util/result.h"

namespace pv::sharing {

// The UTM tags' fixed medium.
inline constexpr std::string_view kUtmMedium = "employee_advocacy";

// 12 base64url characters (9 random bytes).
std::string new_link_code();
bool is_link_code(std::string_view text);

// "<public_url>/l/<code>", with no doubled slash whatever the public URL ends with.
std::string tracked_link_url(std::string_view public_url, std::string_view code);

// `target` (an absolute http or https URL) with utm_source = the network,
// utm_medium = employee_advocacy and utm_campaign = the content id: each
// replaces any value the URL already had for that key (so a copied link that
// carried other tags is counted here), every other query parameter and the
// fragment stay as they were. 422 invalid_url for anything else (a relative
// URL, another scheme): the redirect must never lead elsewhere.
Result<std::string> with_utm(std::string_view target, policy::Network network,
                             std::string_view content_id);

}  // namespace pv::sharing
