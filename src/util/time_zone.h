// The firm's time zone (configuration `timezone`, an IANA name): where "today"
// starts for the daily sharing counts and limits, and which day a click or a
// share falls on in the analytics. Backed by the system's tz database
// (/usr/share/zoneinfo) through Howard Hinnant's date library, since GCC 12's
// <chrono> has no time zones yet.
//
// A TimeZone is an immutable value: any thread may use it.
#pragma once

#include <string>
#include <string_view>

#include "util/clock.h"
#include "util/result.h"

namespace date {
class time_zone;
}

namespace pv {

class TimeZone {
 public:
  // 422 invalid_time_zone for a name the tz database does not know.
  static Result<TimeZone> locate(std::string_view name);
  static TimeZone utc();

  const std::string& name() const { return name_; }

  // The first instant of the local day that holds `t` (local midnight, or the
  // first instant after it where a transition skips midnight).
  TimePoint start_of_day(TimePoint t) const;
  // The first instant of the next local day.
  TimePoint start_of_next_day(TimePoint t) const;
  // The local calendar date holding `t`, as "YYYY-MM-DD".
  std::string local_date(TimePoint t) const;

 private:
  TimeZone(std::string name, const date::time_zone* zone) : name_(std::move(name)), zone_(zone) {}
  std::string name_;
  const date::time_zone* zone_;  // owned by the tz database, lives as long as the process
};

}  // namespace pv
