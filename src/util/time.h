// RFC 3339 UTC timestamps, the only time format the API and the store use.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/clock.h"

namespace pv {

// "2026-11-24T15:04:05Z"; with millis, "2026-11-24T15:04:05.123Z".
std::string format_time(TimePoint t, bool millis = false);

// Accepts "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)"; nullopt when malformed.
std::optional<TimePoint> parse_time(std::string_view text);

// Seconds since the Unix epoch.
long long unix_seconds(TimePoint t);
TimePoint from_unix_seconds(long long seconds);

}  // namespace pv
