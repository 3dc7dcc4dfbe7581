#include "networks/retry.h"

#include <algorithm>
#include <cstdint>

#include <sodium.h>

namespace pv::networks {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

// Between half and all of min(cap, base * 2^(attempts-1)).
milliseconds backoff(std::chrono::seconds base, std::chrono::seconds cap, int attempts,
                     double unit_random) {
  auto full = duration_cast<milliseconds>(base);
  for (int i = 1; i < attempts && full < cap; ++i)
    full *= 2;
  full = std::min(full, duration_cast<milliseconds>(cap));
  return full / 2 + milliseconds(static_cast<std::int64_t>(static_cast<double>(full.count() / 2) *
                                                           std::clamp(unit_random, 0.0, 1.0)));
}

TimePoint next_midnight_utc(TimePoint now) {
  auto day = std::chrono::floor<std::chrono::days>(now);
  return day + std::chrono::days(1);
}

}  // namespace

std::optional<TimePoint> next_attempt(const RetryPolicy& policy, const Failure& failure,
                                      int attempts, TimePoint now, double unit_random) {
  if (attempts >= policy.max_attempts) return std::nullopt;
  switch (failure.kind) {
    case FailureClass::kTransient:
      return now + backoff(policy.base, policy.cap, attempts, unit_random);
    case FailureClass::kRateLimited: {
      auto spread = milliseconds(static_cast<std::int64_t>(
          static_cast<double>(duration_cast<milliseconds>(policy.base).count()) *
          std::clamp(unit_random, 0.0, 1.0)));
      if (failure.retry_at) return std::max(*failure.retry_at, now) + spread;
      if (attempts >= policy.defer_to_next_day_after) return next_midnight_utc(now) + spread;
      return now + backoff(policy.rate_limit_base, policy.cap, attempts, unit_random);
    }
    default: return std::nullopt;
  }
}

double random_unit() {
  return static_cast<double>(randombytes_uniform(1u << 30)) / static_cast<double>(1u << 30);
}

}  // namespace pv::networks
