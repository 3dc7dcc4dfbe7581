// Logging: spdlog to standard error, one line per event.
#pragma once

#include <string>

namespace pv::app {

void init_logging(const std::string& level);

}  // namespace pv::app
