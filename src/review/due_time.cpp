#include "review/due_time.h"

namespace pv::review {
namespace {

std::chrono::year_month_day next_day(std::chrono::year_month_day day) {
  return std::chrono::year_month_day(std::chrono::sys_days(day) + std::chrono::days(1));
}

}  // namespace

bool BusinessCalendar::is_business_day(std::chrono::year_month_day day) const {
  const std::chrono::weekday weekday{std::chrono::sys_days(day)};
  if (weekday == std::chrono::Saturday || weekday == std::chrono::Sunday) return false;
  return !holidays.contains(day);
}

TimePoint due_after(TimePoint opened, int business_days, const BusinessCalendar& calendar) {
  LocalTime local = calendar.zone.to_local(opened);
  if (!calendar.is_business_day(local.date)) {
    do {
      local.date = next_day(local.date);
    } while (!calendar.is_business_day(local.date));
    local.time_of_day = std::chrono::milliseconds(0);
  }
  for (int i = 0; i < business_days; ++i) {
    do {
      local.date = next_day(local.date);
    } while (!calendar.is_business_day(local.date));
  }
  return calendar.zone.from_local(local);
}

}  // namespace pv::review
