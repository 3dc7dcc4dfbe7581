// HTTP dates (RFC 9110, 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT", for Date,
// Last-Modified and If-Modified-Since. Pure functions; any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/clock.h"

namespace pv::http {

std::string format_http_date(TimePoint t);
// Only the IMF-fixdate form, which every current client sends; nullopt otherwise.
std::optional<TimePoint> parse_http_date(std::string_view text);

}  // namespace pv::http
