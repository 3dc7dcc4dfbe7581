#include "util/time.h"

#include <gtest/gtest.h>

namespace pv {
namespace {

TEST(Time, FormatsUtcSeconds) {
  EXPECT_EQ(format_time(from_unix_seconds(0)), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_time(from_unix_seconds(1795187045)), "2026-11-20T15:04:05Z");
  EXPECT_EQ(format_time(from_unix_seconds(1795187045) + std::chrono::milliseconds(7), true),
            "2026-11-20T15:04:05.007Z");
}

TEST(Time, ParsesWhatItFormats) {
  auto t = from_unix_seconds(1795187045);
  EXPECT_EQ(parse_time(format_time(t)), t);
}

TEST(Time, ParsesOffsetsAndFractions) {
  struct Case {
    const char* text;
    long long unix;
  } cases[] = {
      {"2026-11-20T15:04:05Z", 1795187045},
      {"2026-11-20T10:04:05-05:00", 1795187045},
      {"2026-11-20T16:34:05+01:30", 1795187045},
      {"2026-11-20T15:04:05.999Z", 1795187045},
  };
  for (const auto& c : cases) {
    auto parsed = parse_time(c.text);
    ASSERT_TRUE(parsed) << c.text;
    EXPECT_EQ(unix_seconds(*parsed), c.unix) << c.text;
  }
}

TEST(Time, RefusesMalformed) {
  for (const char* text : {"", "2026-11-20", "2026-11-20T15:04:05", "2026-13-20T15:04:05Z",
                           "2026-02-30T15:04:05Z", "2026-11-20T25:04:05Z", "2026-11-20T15:04:05Zx",
                           "2026-11-20 15:04:05Z", "2026-11-20T15:04:05.Z"}) {
    EXPECT_FALSE(parse_time(text)) << text;
  }
}

}  // namespace
}  // namespace pv
