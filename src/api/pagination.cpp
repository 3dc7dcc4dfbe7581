#include "api/pagination.h"

#include <charconv>

#include "util/crypto.h"
#include "util/error.h"

namespace pv::api {

PageRequest page_request(const http::Request& request) {
  PageRequest page;
  FieldErrors errors;
  if (auto limit = request.query_param("limit")) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
    if (ec != std::errc() || ptr != limit->data() + limit->size() || value < 1 || value > 200) {
      errors.add("limit", "must be an integer from 1 to 200");
    } else {
      page.limit = value;
    }
  }
  if (auto cursor = request.query_param("cursor"); cursor && !cursor->empty()) {
    auto decoded = crypto::from_base64url(*cursor);
    if (!decoded || decoded->rfind("pv1:", 0) != 0) {
      errors.add("cursor", "is not a cursor this server gave");
    } else {
      page.after = decoded->substr(4);
    }
  }
  if (!errors.empty()) throw errors.error();
  return page;
}

std::string make_cursor(const std::string& after) {
  return crypto::to_base64url("pv1:" + after);
}

nlohmann::json page_json(nlohmann::json items, const std::optional<std::string>& next_after) {
  return {{"items", std::move(items)},
          {"next_cursor", next_after ? nlohmann::json(make_cursor(*next_after)) : nullptr}};
}

}  // namespace pv::api
