#include "util/time_zone.h"

#include <date/tz.h>

namespace pv {
namespace {

using date::days;
using date::floor;

// The first instant of the local day `day` (a local midnight). A transition
// may skip midnight (some zones spring forward at 00:00): then the day starts
// where the gap ends.
TimePoint local_midnight(const date::time_zone* zone, date::local_days day) {
  auto local = date::local_seconds(day);
  auto info = zone->get_info(local);
  if (info.result == date::local_info::nonexistent) {
    return TimePoint(info.second.begin);
  }
  // Ambiguous midnights (a fall-back at 00:00) take the earlier instant.
  return TimePoint(zone->to_sys(local, date::choose::earliest));
}

}  // namespace

Result<TimeZone> TimeZone::locate(std::string_view name) {
  try {
    return TimeZone(std::string(name), date::locate_zone(name));
  } catch (const std::exception&) {
    return Error(ErrorKind::kInvalid, "invalid_time_zone",
                 "Unknown time zone '" + std::string(name) + "' (an IANA name like " +
                     "America/Toronto).");
  }
}

TimeZone TimeZone::utc() {
  return TimeZone("UTC", date::locate_zone("UTC"));
}

TimePoint TimeZone::start_of_day(TimePoint t) const {
  auto local = zone_->to_local(floor<std::chrono::seconds>(t));
  auto day = floor<days>(local);
  TimePoint start = local_midnight(zone_, day);
  // A local day starting after `t` cannot hold it; step back (defensive: only
  // reachable if a zone jumps forward across a whole day).
  return start <= t ? start : local_midnight(zone_, day - days(1));
}

TimePoint TimeZone::start_of_next_day(TimePoint t) const {
  auto local = zone_->to_local(floor<std::chrono::seconds>(t));
  return local_midnight(zone_, floor<days>(local) + days(1));
}

std::string TimeZone::local_date(TimePoint t) const {
  auto local = zone_->to_local(floor<std::chrono::seconds>(t));
  date::year_month_day ymd(floor<days>(local));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

}  // namespace pv
