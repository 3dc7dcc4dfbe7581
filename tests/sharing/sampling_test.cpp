#include "sharing/sampling.h"

#include <gtest/gtest.h>

namespace pv::sharing {
namespace {

TEST(Sampling, FlaggedThenRandomThenTheMonthlyMinimum) {
  struct Case {
    bool flagged;
    double rate, draw;
    std::int64_t sampled;
    int min;
    SampleReason expected;
  } cases[] = {
      {true, 0.0, 0.99, 5, 1, SampleReason::kFlagged},
      {false, 0.02, 0.019, 5, 1, SampleReason::kRandom},
      {false, 0.02, 0.02, 5, 1, SampleReason::kNone},
      {false, 0.02, 0.5, 0, 1, SampleReason::kMonthlyMinimum},
      {false, 0.02, 0.5, 1, 1, SampleReason::kNone},
      {false, 0.02, 0.5, 1, 2, SampleReason::kMonthlyMinimum},
      {false, 0.0, 0.0, 0, 0, SampleReason::kNone},  // sampling switched off
      {false, 1.0, 0.999, 9, 0, SampleReason::kRandom},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(sample_reason(c.flagged, c.rate, c.draw, c.sampled, c.min), c.expected)
        << c.flagged << " " << c.rate << " " << c.draw << " " << c.sampled << " " << c.min;
  }
}

TEST(Sampling, AboutTheRateOverManyShares) {
  int sampled = 0;
  for (int i = 0; i < 10000; ++i) {
    double draw = (i * 7919 % 10000) / 10000.0;  // evenly spread draws
    if (sample_reason(false, 0.02, draw, 1, 1) == SampleReason::kRandom) ++sampled;
  }
  EXPECT_EQ(sampled, 200);
}

TEST(Sampling, Names) {
  EXPECT_EQ(to_string(SampleReason::kFlagged), "flagged");
  EXPECT_EQ(to_string(SampleReason::kRandom), "random");
  EXPECT_EQ(to_string(SampleReason::kMonthlyMinimum), "monthly_minimum");
  EXPECT_EQ(to_string(SampleReason::kNone), "");
}

}  // namespace
}  // namespace pv::sharing
