// The firm's time zone: local dates and midnights, across daylight saving.
#include "util/time_zone.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv {
namespace {

using namespace std::chrono;

TEST(TimeZoneTest, UnknownNamesAreRefused) {
  auto zone = TimeZone::load("Mars/Olympus_Mons");
  ASSERT_FALSE(zone);
  EXPECT_EQ(zone.error().code(), "invalid_timezone");
}

TEST(TimeZoneTest, LocalDateAndTime) {
  auto zone = TimeZone::load("America/Toronto").value();
  auto local = zone.to_local(parse_time("2026-11-25T03:30:00Z").value());
  EXPECT_EQ(local.date, year(2026) / November / 24);  // 22:30 the evening before
  EXPECT_EQ(local.time_of_day, hours(22) + minutes(30));
  EXPECT_EQ(format_time(zone.start_of_day(parse_time("2026-11-25T03:30:00Z").value())),
            "2026-11-24T05:00:00Z");
  EXPECT_EQ(format_time(zone.start_of_day(parse_time("2026-07-01T12:00:00Z").value())),
            "2026-07-01T04:00:00Z");
}

TEST(TimeZoneTest, GapsAndRepeatedHours) {
  auto zone = TimeZone::load("America/Toronto").value();
  // 8 March 2026, 02:30 does not exist: the clocks jump from 02:00 to 03:00.
  auto gap = zone.from_local({year(2026) / March / 8, hours(2) + minutes(30)});
  EXPECT_EQ(format_time(gap), "2026-03-08T07:00:00Z");
  // 1 November 2026, 01:30 happens twice: the first one.
  auto twice = zone.from_local({year(2026) / November / 1, hours(1) + minutes(30)});
  EXPECT_EQ(format_time(twice), "2026-11-01T05:30:00Z");
}

}  // namespace
}  // namespace pv
