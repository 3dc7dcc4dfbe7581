// The retry policy: backoff with jitter for transient failures, the network's
// time for rate limits, never for the rest.
#include "networks/retry.h"

#include <set>

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv::testing {
namespace {

using namespace pv::networks;
using std::chrono::seconds;

const TimePoint kNow = from_unix_seconds(1795187045);  // 2026-11-20T15:04:05Z

Failure of(FailureClass kind, std::optional<TimePoint> retry_at = std::nullopt) {
  return Failure{kind, "", "", 0, retry_at};
}

TEST(Retry, TransientBacksOffExponentiallyWithinHalfToAllOfTheStep) {
  RetryPolicy p;  // base 30 s, cap 30 min
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 1, kNow, 0.0), kNow + seconds(15));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 1, kNow, 1.0), kNow + seconds(30));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 2, kNow, 0.0), kNow + seconds(30));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 3, kNow, 1.0), kNow + seconds(120));
  p.max_attempts = 100;
  // Capped: 30 s * 2^20 is far beyond 30 minutes.
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 21, kNow, 1.0), kNow + seconds(1800));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 21, kNow, 0.0), kNow + seconds(900));
}

TEST(Retry, JitterSpreadsTheSameAttempt) {
  RetryPolicy p;
  std::set<TimePoint> times;
  for (int i = 0; i < 20; ++i)
    times.insert(*next_attempt(p, of(FailureClass::kTransient), 3, kNow, random_unit()));
  EXPECT_GT(times.size(), 10u);
  for (auto t : times) {
    EXPECT_GE(t, kNow + seconds(60));
    EXPECT_LE(t, kNow + seconds(120));
  }
}

TEST(Retry, RateLimitedComesBackWhenTheNetworkSaid) {
  RetryPolicy p;
  auto at = kNow + seconds(900);
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited, at), 1, kNow, 0.0), at);
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited, at), 1, kNow, 0.5), at + seconds(15));
  // A time already past: now.
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited, kNow - seconds(5)), 1, kNow, 0.0), kNow);
  // No time given: backoff from 5 minutes, then the next UTC day.
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited), 1, kNow, 1.0), kNow + seconds(300));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited), 3, kNow, 0.0),
            *parse_time("2026-11-21T00:00:00Z"));
}

TEST(Retry, NeverForTheRest) {
  RetryPolicy p;
  for (auto kind :
       {FailureClass::kNeedsReconnect, FailureClass::kRejected, FailureClass::kUnknownOutcome}) {
    EXPECT_EQ(next_attempt(p, of(kind), 1, kNow, 0.5), std::nullopt) << to_string(kind);
  }
}

TEST(Retry, GivesUpAfterMaxAttempts) {
  RetryPolicy p;
  p.max_attempts = 3;
  EXPECT_TRUE(next_attempt(p, of(FailureClass::kTransient), 2, kNow, 0.5));
  EXPECT_EQ(next_attempt(p, of(FailureClass::kTransient), 3, kNow, 0.5), std::nullopt);
  EXPECT_EQ(next_attempt(p, of(FailureClass::kRateLimited, kNow), 3, kNow, 0.5), std::nullopt);
}

}  // namespace
}  // namespace pv::testing
