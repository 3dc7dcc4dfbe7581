// Days and months of the firm's calendar (util/time_zone.h): where the next
// local day starts (daily posting limits), which local date an instant falls
// on (analytics by day, the daily click salt) and where the local month
// starts (monthly sampling).
//
// Pure: any thread. Inline: three small functions over TimeZone.
#pragma once

#include <cstdio>
#include <string>

#include "util/time_zone.h"

namespace pv {

// The first instant of the local day after the one holding `t`.
inline TimePoint start_of_next_day(const TimeZone& zone, TimePoint t) {
  const auto today = std::chrono::sys_days(zone.to_local(t).date);
  return zone.from_local(LocalTime{std::chrono::year_month_day(today + std::chrono::days(1)),
                                   std::chrono::milliseconds(0)});
}

// The local date holding `t`, as "YYYY-MM-DD".
inline std::string local_date(const TimeZone& zone, TimePoint t) {
  const auto date = zone.to_local(t).date;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

// The first instant of the local month holding `t`.
inline TimePoint start_of_month(const TimeZone& zone, TimePoint t) {
  const auto date = zone.to_local(t).date;
  return zone.from_local(
      LocalTime{date.year() / date.month() / std::chrono::day(1), std::chrono::milliseconds(0)});
}

}  // namespace pv
