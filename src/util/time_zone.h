// The firm's time zone (configuration key `timezone`): where a day starts,
// for review due times and daily sharing limits. The IANA database comes from
// the system (/usr/share/zoneinfo), read through the date library.
//
// A TimeZone is an immutable handle: copy it freely, use it from any thread.
#pragma once

#include <chrono>
#include <string>

#include "util/clock.h"
#include "util/result.h"

namespace date {
class time_zone;
}

namespace pv {

struct LocalTime {
  std::chrono::year_month_day date;
  std::chrono::milliseconds time_of_day{0};  // since local midnight
};

class TimeZone {
 public:
  TimeZone();  // UTC
  // 422 invalid_timezone for a name the system does not know.
  static Result<TimeZone> load(const std::string& name);

  const std::string& name() const { return name_; }
  LocalTime to_local(TimePoint t) const;
  // The instant a local date and time denote. In a gap (the clocks jump
  // forward) the time after the gap; when a time occurs twice, the first.
  TimePoint from_local(const LocalTime& local) const;
  // Local midnight of the day `t` falls in.
  TimePoint start_of_day(TimePoint t) const;

 private:
  TimeZone(std::string name, const date::time_zone* zone) : name_(std::move(name)), zone_(zone) {}
  std::string name_;
  const date::time_zone* zone_;  // owned by the date library's database
};

}  // namespace pv
