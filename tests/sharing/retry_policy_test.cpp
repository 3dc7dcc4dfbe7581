#include "sharing/retry_policy.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv::sharing {
namespace {

using Kind = NextStep::Kind;
using std::chrono::milliseconds;
using std::chrono::seconds;

const TimePoint kNow = from_unix_seconds(1795187045);

PublishOutcome outcome(PublishResult result, std::string reason = "") {
  PublishOutcome o;
  o.result = result;
  o.reason = std::move(reason);
  return o;
}

TEST(RetryPolicy, TransientDelaysDoubleUpToTheCapWithJitter) {
  RetryOptions options;
  options.base = seconds(60);
  options.max_delay = seconds(600);
  struct Case {
    int attempts;
    double jitter;
    long long ms;
  } cases[] = {
      {1, 0.999999, 59999}, {1, 0.0, 30000},   {2, 0.0, 60000},
      {3, 0.0, 120000},     {4, 0.0, 240000},  {5, 0.0, 300000},
      {5, 1.0, 600000},     {40, 1.0, 600000}, {40, 0.5, 450000},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(transient_delay(c.attempts, options, c.jitter).count(), c.ms)
        << c.attempts << " " << c.jitter;
  }
}

TEST(RetryPolicy, EachClassLeadsToItsStep) {
  RetryOptions options;
  options.max_attempts = 3;
  struct Case {
    PublishResult result;
    int attempts;
    Kind kind;
  } cases[] = {
      {PublishResult::kPublished, 1, Kind::kPublished},
      {PublishResult::kPublished, 3, Kind::kPublished},
      // Never retried, whatever the attempt.
      {PublishResult::kUnknownOutcome, 1, Kind::kUnknown},
      {PublishResult::kRejected, 1, Kind::kFailed},
      {PublishResult::kNeedsReconnect, 1, Kind::kFailed},
      {PublishResult::kTransient, 1, Kind::kRetry},
      {PublishResult::kTransient, 2, Kind::kRetry},
      {PublishResult::kTransient, 3, Kind::kFailed},
      {PublishResult::kRateLimited, 3, Kind::kRetry},
      {PublishResult::kRateLimited, 20, Kind::kFailed},
  };
  for (const auto& c : cases) {
    auto step = next_step(outcome(c.result, "why"), c.attempts, kNow, options, 0.5);
    EXPECT_EQ(step.kind, c.kind) << outcome_name(c.result) << " " << c.attempts;
    if (step.kind == Kind::kRetry) {
      EXPECT_GT(step.retry_at, kNow);
    }
    if (step.kind == Kind::kFailed || step.kind == Kind::kUnknown) {
      EXPECT_NE(step.reason.find("why"), std::string::npos) << step.reason;
    }
  }
}

TEST(RetryPolicy, RateLimitedWaitsForTheNetworksTime) {
  auto limited = outcome(PublishResult::kRateLimited);
  limited.retry_at = kNow + seconds(900);
  auto step = next_step(limited, 1, kNow, {}, 0.0);
  EXPECT_EQ(step.kind, Kind::kRetry);
  EXPECT_EQ(step.retry_at, kNow + seconds(900));
  // A time already past still waits a moment; none given backs off.
  limited.retry_at = kNow - seconds(5);
  EXPECT_EQ(next_step(limited, 1, kNow, {}, 0.0).retry_at, kNow + seconds(1));
  limited.retry_at.reset();
  EXPECT_EQ(next_step(limited, 1, kNow, {}, 0.0).retry_at, kNow + seconds(30));
}

TEST(RetryPolicy, ReconnectFailuresSaySo) {
  auto step = next_step(outcome(PublishResult::kNeedsReconnect), 1, kNow, {}, 0.0);
  EXPECT_EQ(step.reason.rfind("needs_reconnect", 0), 0u) << step.reason;
}

TEST(RetryPolicy, OutcomeNames) {
  EXPECT_EQ(outcome_name(PublishResult::kPublished), "published");
  EXPECT_EQ(outcome_name(PublishResult::kNeedsReconnect), "needs_reconnect");
  EXPECT_EQ(outcome_name(PublishResult::kRateLimited), "rate_limited");
  EXPECT_EQ(outcome_name(PublishResult::kTransient), "transient");
  EXPECT_EQ(outcome_name(PublishResult::kRejected), "rejected");
  EXPECT_EQ(outcome_name(PublishResult::kUnknownOutcome), "unknown_outcome");
}

}  // namespace
}  // namespace pv::sharing
