// Review due times in business days, in the firm's time zone.
#include "review/due_time.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv::testing {
namespace {

review::BusinessCalendar toronto(std::set<std::chrono::year_month_day> holidays = {}) {
  return {TimeZone::load("America/Toronto").value(), std::move(holidays)};
}

TimePoint at(const char* rfc3339) {
  return parse_time(rfc3339).value();
}

TEST(DueTimeTest, OneBusinessDayInToronto) {
  struct Case {
    const char* opened;
    int days;
    const char* due;
  };
  const std::vector<Case> cases = {
      // Tuesday 10:00 EST -> Wednesday 10:00.
      {"2026-11-24T15:00:00Z", 1, "2026-11-25T15:00:00Z"},
      // Friday 15:00 -> Monday 15:00.
      {"2026-11-27T20:00:00Z", 1, "2026-11-30T20:00:00Z"},
      // Friday 21:00 local is still Friday (02:00 UTC Saturday) -> Monday 21:00.
      {"2026-11-28T02:00:00Z", 1, "2026-12-01T02:00:00Z"},
      // Saturday -> the end of Monday (Tuesday 00:00 local).
      {"2026-11-28T15:00:00Z", 1, "2026-12-01T05:00:00Z"},
      // Two business days from Thursday -> Monday.
      {"2026-11-26T14:00:00Z", 2, "2026-11-30T14:00:00Z"},
      // Zero days: now, or the start of the next business day.
      {"2026-11-24T15:00:00Z", 0, "2026-11-24T15:00:00Z"},
      {"2026-11-29T15:00:00Z", 0, "2026-11-30T05:00:00Z"},
      // Across the change to daylight time (8 March 2026): the local time is kept.
      {"2026-03-06T15:00:00Z", 1, "2026-03-09T14:00:00Z"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(format_time(review::due_after(at(c.opened), c.days, toronto())), c.due)
        << c.opened << " + " << c.days;
  }
}

TEST(DueTimeTest, HolidaysDoNotCount) {
  using namespace std::chrono;
  // Christmas and Boxing Day 2026 fall on Friday and Saturday.
  auto calendar = toronto({year(2026) / December / 25, year(2026) / December / 28});
  // Thursday 24 December 10:00 -> Tuesday 29 (25 and 28 are holidays).
  EXPECT_EQ(format_time(review::due_after(at("2026-12-24T15:00:00Z"), 1, calendar)),
            "2026-12-29T15:00:00Z");
  EXPECT_FALSE(calendar.is_business_day(year(2026) / December / 25));
  EXPECT_FALSE(calendar.is_business_day(year(2026) / December / 26));
  EXPECT_TRUE(calendar.is_business_day(year(2026) / December / 24));
}

TEST(DueTimeTest, ElsewhereTheDayChangesElsewhere) {
  review::BusinessCalendar tokyo{TimeZone::load("Asia/Tokyo").value(), {}};
  // Friday 23:30 UTC is Saturday 08:30 in Tokyo -> Tuesday 00:00 Tokyo.
  EXPECT_EQ(format_time(review::due_after(at("2026-11-27T23:30:00Z"), 1, tokyo)),
            "2026-11-30T15:00:00Z");
}

}  // namespace
}  // namespace pv::testing
