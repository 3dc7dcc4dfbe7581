// The demo's social networks: the stand-in LinkedIn, X and Facebook
// (`portevoix-standin`, started by deploy/dev serve) in place of the real
// ones, and the demo advisors' accounts connected on it, so that a newcomer
// sees shares go out end to end with no account anywhere.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "app/config.h"
#include "util/result.h"

namespace pv::app {

// The `networks` configuration the stand-in at `standin_url` gives for itself.
Result<nlohmann::json> standin_networks(const std::string& standin_url);

// Connects every demo advisor's LinkedIn, X and Facebook accounts through the
// OAuth flow of the stand-in at `standin_url` (each advisor consenting under
// their own name), replacing earlier connections: the stand-in forgets its
// tokens when it stops.
Status connect_demo_accounts(const Config& config, const std::string& standin_url);

}  // namespace pv::app
