// When a review is due: a number of business days after it was opened, in
// the firm's time zone (configuration: review.sla_business_days, timezone,
// review.holidays). Saturdays, Sundays and the configured holidays do not
// count; a review opened on one of them starts counting at the beginning of
// the next business day. So, with one business day: opened Friday 15:00, due
// Monday 15:00; opened Saturday, due Tuesday 00:00 (the end of Monday).
//
// Pure: safe from any thread.
#pragma once

#include <chrono>
#include <set>

#include "util/time_zone.h"

namespace pv::review {

struct BusinessCalendar {
  TimeZone zone;
  std::set<std::chrono::year_month_day> holidays;  // local dates

  bool is_business_day(std::chrono::year_month_day day) const;
};

TimePoint due_after(TimePoint opened, int business_days, const BusinessCalendar& calendar);

}  // namespace pv::review
