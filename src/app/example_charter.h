// The project's example charter (schema/charter/example.json), embedded at
// build time: the demo publishes it, and users start their own from it.
#pragma once

#include <string_view>

namespace pv::app {

std::string_view example_charter_text();

}  // namespace pv::app
