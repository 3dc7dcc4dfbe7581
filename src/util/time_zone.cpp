#include "util/time_zone.h"

#include <date/tz.h>

namespace pv {
namespace {

using std::chrono::milliseconds;

}  // namespace

TimeZone::TimeZone() : TimeZone("UTC", date::locate_zone("UTC")) {}

Result<TimeZone> TimeZone::load(const std::string& name) {
  try {
    return TimeZone(name, date::locate_zone(name));
  } catch (const std::exception&) {
    return Error(ErrorKind::kInvalid, "invalid_timezone",
                 "Unknown time zone '" + name + "' (an IANA name like America/Toronto).");
  }
}

LocalTime TimeZone::to_local(TimePoint t) const {
  auto local = zone_->to_local(std::chrono::time_point_cast<milliseconds>(t));
  auto day = date::floor<date::days>(local);
  std::chrono::sys_days as_sys{std::chrono::days(day.time_since_epoch().count())};
  return LocalTime{std::chrono::year_month_day(as_sys),
                   std::chrono::duration_cast<milliseconds>(local - day)};
}

TimePoint TimeZone::from_local(const LocalTime& local) const {
  const auto days = std::chrono::sys_days(local.date).time_since_epoch();
  const date::local_time<milliseconds> wanted{std::chrono::duration_cast<milliseconds>(days) +
                                              local.time_of_day};
  auto info = zone_->get_info(wanted);
  switch (info.result) {
    case date::local_info::unique: return TimePoint(wanted.time_since_epoch() - info.first.offset);
    case date::local_info::ambiguous:
      return TimePoint(wanted.time_since_epoch() - info.first.offset);
    case date::local_info::nonexistent:
    default:
      // The gap ends when the second period begins.
      return TimePoint(info.second.begin.time_since_epoch());
  }
}

TimePoint TimeZone::start_of_day(TimePoint t) const {
  return from_local(LocalTime{to_local(t).date, milliseconds(0)});
}

}  // namespace pv
