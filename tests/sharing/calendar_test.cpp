// util/calendar.h: the firm's days and months, across daylight-saving changes
// and a midnight that does not exist.
#include "util/calendar.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv {
namespace {

TimePoint at(const char* text) {
  return *parse_time(text);
}

TEST(Calendar, DaysInTheFirmsZone) {
  auto toronto = TimeZone::load("America/Toronto").value();
  struct Case {
    const char* now;
    const char* start;
    const char* next;
    const char* date;
    const char* month;
  } cases[] = {
      // EST (UTC-5): 10:04 local.
      {"2026-11-20T15:04:05Z", "2026-11-20T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-20",
       "2026-11-01T04:00:00Z"},
      // 23:30 local is still the 20th, though UTC has moved on to the 21st.
      {"2026-11-21T04:30:00Z", "2026-11-20T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-20",
       "2026-11-01T04:00:00Z"},
      // Exactly midnight starts the day.
      {"2026-11-21T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-22T05:00:00Z", "2026-11-21",
       "2026-11-01T04:00:00Z"},
      // Spring forward (2026-03-08 02:00 EST → 03:00 EDT): a 23-hour day.
      {"2026-03-08T12:00:00Z", "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", "2026-03-08",
       "2026-03-01T05:00:00Z"},
      // Fall back (2026-11-01 02:00 EDT → 01:00 EST): a 25-hour day.
      {"2026-11-01T12:00:00Z", "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z", "2026-11-01",
       "2026-11-01T04:00:00Z"},
      // New Year's Eve, late: still December locally.
      {"2027-01-01T03:00:00Z", "2026-12-31T05:00:00Z", "2027-01-01T05:00:00Z", "2026-12-31",
       "2026-12-01T05:00:00Z"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(format_time(toronto.start_of_day(at(c.now))), c.start) << c.now;
    EXPECT_EQ(format_time(start_of_next_day(toronto, at(c.now))), c.next) << c.now;
    EXPECT_EQ(local_date(toronto, at(c.now)), c.date) << c.now;
    EXPECT_EQ(format_time(start_of_month(toronto, at(c.now))), c.month) << c.now;
  }
}

TEST(Calendar, ADayWhoseMidnightDoesNotExistStartsAfterTheGap) {
  // Chile springs forward at midnight: 2026-09-06 00:00 -04 becomes 01:00 -03.
  auto santiago = TimeZone::load("America/Santiago").value();
  EXPECT_EQ(format_time(start_of_next_day(santiago, at("2026-09-05T15:00:00Z"))),
            "2026-09-06T04:00:00Z");
  EXPECT_EQ(local_date(santiago, at("2026-09-06T04:00:00Z")), "2026-09-06");
  EXPECT_EQ(local_date(santiago, at("2026-09-06T03:59:59Z")), "2026-09-05");
}

}  // namespace
}  // namespace pv
