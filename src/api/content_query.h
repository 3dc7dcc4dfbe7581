// Reading the content routes' query parameters (?q=&tag=&language=&status=
// &group=&network=&view=), shared by the list and the single item.
#pragma once

#include <optional>
#include <string>

#include "api/context.h"

namespace pv::api {

struct ContentParams {
  bool library_view = false;  // advisors, or ?view=library
  std::optional<std::string> q;
  std::optional<std::string> tag;
  std::optional<std::string> language;
  std::optional<std::string> status;
  std::optional<std::string> group;
  std::optional<std::string> network;
  std::optional<int> version;
};

// 422 naming each parameter that is not usable.
ContentParams content_params(const Context& ctx);

}  // namespace pv::api
