// What the scheduler does after an attempt (API.md "Sharing", networks.md
// §5.4): published is done; unknown_outcome is never retried (the share
// becomes `unknown` and the advisor confirms); rejected and needs_reconnect
// fail at once with the network's reason; rate_limited waits for the
// network's time; transient backs off exponentially with jitter, until the
// attempts run out.
//
// Pure: any thread.
#pragma once

#include <chrono>
#include <string>

#include "sharing/publish_outcome.h"

namespace pv::sharing {

struct RetryOptions {
  int max_attempts = 5;                     // transient failures before giving up
  int max_rate_limited_attempts = 20;       // all attempts, when the network keeps saying later
  std::chrono::seconds base{60};            // the first transient retry waits up to this
  std::chrono::seconds max_delay{60 * 60};  // no retry waits longer (but a network's own time)
};

struct NextStep {
  enum class Kind { kPublished, kUnknown, kFailed, kRetry };
  Kind kind = Kind::kFailed;
  TimePoint retry_at;  // kRetry
  std::string reason;  // kUnknown, kFailed: for the advisor
};

// The delay before transient retry number `attempts_made` (1 after the first
// attempt): base × 2^(attempts_made − 1), at most max_delay, then scaled by
// a jitter in [0.5, 1] (`jitter01` in [0, 1)) so that many shares failing
// together do not come back together.
std::chrono::milliseconds transient_delay(int attempts_made, const RetryOptions& options,
                                          double jitter01);

// The step after an attempt with `outcome`, the `attempts_made`-th of this share.
NextStep next_step(const PublishOutcome& outcome, int attempts_made, TimePoint now,
                   const RetryOptions& options, double jitter01);

}  // namespace pv::sharing
