#include "util/time_zone.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv {
namespace {

TimePoint at(const char* text) {
  return *parse_time(text);
}

TEST(TimeZone, StartOfDayInTheFirmsZone) {
  auto toronto = TimeZone::locate("America/Toronto").value();
  struct Case {
    const char* now;
    const char* start;
    const char* next;
    const char* date;
  } cases[] = {
      // EST (UTC-5): 10:04 local.
      {"2026-11-20T15:04:05Z", "2026-11-20T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-20"},
      // 23:30 local is still the 20th, though UTC has moved on to the 21st.
      {"2026-11-21T04:30:00Z", "2026-11-20T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-20"},
      // Exactly midnight starts the day.
      {"2026-11-21T05:00:00Z", "2026-11-21T05:00:00Z", "2026-11-22T05:00:00Z", "2026-11-21"},
      // Spring forward (2026-03-08 02:00 EST → 03:00 EDT): a 23-hour day.
      {"2026-03-08T12:00:00Z", "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", "2026-03-08"},
      // Fall back (2026-11-01 02:00 EDT → 01:00 EST): a 25-hour day.
      {"2026-11-01T12:00:00Z", "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z", "2026-11-01"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(format_time(toronto.start_of_day(at(c.now))), c.start) << c.now;
    EXPECT_EQ(format_time(toronto.start_of_next_day(at(c.now))), c.next) << c.now;
    EXPECT_EQ(toronto.local_date(at(c.now)), c.date) << c.now;
  }
}

TEST(TimeZone, ADayWhoseMidnightDoesNotExistStartsAfterTheGap) {
  // Chile springs forward at midnight: 2026-09-06 00:00 -04 becomes 01:00 -03.
  auto santiago = TimeZone::locate("America/Santiago").value();
  auto start = santiago.start_of_day(at("2026-09-06T15:00:00Z"));
  EXPECT_EQ(format_time(start), "2026-09-06T04:00:00Z");
  EXPECT_EQ(santiago.local_date(start), "2026-09-06");
  EXPECT_EQ(santiago.local_date(start - std::chrono::seconds(1)), "2026-09-05");
}

TEST(TimeZone, Utc) {
  auto utc = TimeZone::utc();
  EXPECT_EQ(format_time(utc.start_of_day(at("2026-11-20T15:04:05Z"))), "2026-11-20T00:00:00Z");
  EXPECT_EQ(utc.local_date(at("2026-11-20T23:59:59Z")), "2026-11-20");
}

TEST(TimeZone, UnknownNamesAreRefused) {
  for (const char* name : {"", "Mars/Olympus", "America/../etc/passwd", "EST5EDT,M3"}) {
    auto zone = TimeZone::locate(name);
    ASSERT_FALSE(zone.ok()) << name;
    EXPECT_EQ(zone.error().code(), "invalid_time_zone");
  }
}

}  // namespace
}  // namespace pv
