// When to try a failed call again (the publisher asks; nothing here sleeps).
//
//   transient        exponential backoff with jitter: attempt n waits a random
//                    time between half and all of min(cap, base * 2^(n-1)), so
//                    that many shares failing together do not come back together;
//   rate_limited     at the time the network gave, plus up to `base` of jitter;
//                    without one, the transient backoff from `rate_limit_base`,
//                    and after `defer_to_next_day_after` such failures, the next
//                    midnight UTC (LinkedIn's daily limits reset then);
//   anything else    never (needs_reconnect, rejected, unknown_outcome).
//
// After max_attempts attempts in all, never. Pure functions; any thread.
#pragma once

#include <chrono>
#include <optional>

#include "networks/failure.h"

namespace pv::networks {

struct RetryPolicy {
  int max_attempts = 6;  // the first attempt included
  std::chrono::seconds base{30};
  std::chrono::seconds cap{std::chrono::minutes(30)};
  std::chrono::seconds rate_limit_base{std::chrono::minutes(5)};
  int defer_to_next_day_after = 3;
};

// `attempts` failed attempts so far (1 after the first); `unit_random` in [0, 1)
// draws the jitter. nullopt: do not try again.
std::optional<TimePoint> next_attempt(const RetryPolicy& policy, const Failure& failure,
                                      int attempts, TimePoint now, double unit_random);

// A draw in [0, 1) from libsodium's generator, for next_attempt().
double random_unit();

}  // namespace pv::networks
