// Lists (API.md conventions): ?limit= (default 50, at most 200) and an opaque
// ?cursor=; replies are {"items": [...], "next_cursor": "..." | null}.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "http/request.h"

namespace pv::api {

struct PageRequest {
  int limit = 50;
  std::optional<std::string> after;  // decoded from the cursor
};

// 422 naming `limit` or `cursor` when they are not usable.
PageRequest page_request(const http::Request& request);

std::string make_cursor(const std::string& after);
nlohmann::json page_json(nlohmann::json items, const std::optional<std::string>& next_after);

}  // namespace pv::api
