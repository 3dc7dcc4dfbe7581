#include "sharing/retry_policy.h"

#include <algorithm>

namespace pv::sharing {

std::string_view outcome_name(PublishResult result) {
  switch (result) {
    case PublishResult::kPublished: return "published";
    case PublishResult::kNeedsReconnect: return "needs_reconnect";
    case PublishResult::kRateLimited: return "rate_limited";
    case PublishResult::kTransient: return "transient";
    case PublishResult::kRejected: return "rejected";
    case PublishResult::kUnknownOutcome: return "unknown_outcome";
  }
  return "unknown_outcome";
}

std::chrono::milliseconds transient_delay(int attempts_made, const RetryOptions& options,
                                          double jitter01) {
  using std::chrono::milliseconds;
  const auto max = std::chrono::duration_cast<milliseconds>(options.max_delay);
  auto delay = std::chrono::duration_cast<milliseconds>(options.base);
  for (int i = 1; i < attempts_made && delay < max; ++i)
    delay *= 2;
  delay = std::min(delay, max);
  const double factor = 0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0);
  return milliseconds(static_cast<long long>(static_cast<double>(delay.count()) * factor));
}

NextStep next_step(const PublishOutcome& outcome, int attempts_made, TimePoint now,
                   const RetryOptions& options, double jitter01) {
  using Kind = NextStep::Kind;
  auto said = [&outcome](const std::string& fallback) {
    return outcome.reason.empty() ? fallback : outcome.reason;
  };
  switch (outcome.result) {
    case PublishResult::kPublished: return {Kind::kPublished, {}, {}};
    case PublishResult::kUnknownOutcome:
      return {Kind::kUnknown,
              {},
              "The network did not answer after receiving the post: it may or may not have "
              "published it. Check the account, then confirm. (" +
                  said("no answer") + ")"};
    case PublishResult::kRejected:
      return {Kind::kFailed, {}, said("The network refused the post.")};
    case PublishResult::kNeedsReconnect:
      return {Kind::kFailed,
              {},
              "needs_reconnect: the account must be connected again (" +
                  said("authorisation refused") + ")"};
    case PublishResult::kRateLimited: {
      if (attempts_made >= options.max_rate_limited_attempts) {
        return {Kind::kFailed, {}, "rate_limited: " + said("the network kept refusing for now")};
      }
      TimePoint at = outcome.retry_at.value_or(now + transient_delay(1, options, jitter01));
      return {Kind::kRetry, std::max(at, now + std::chrono::seconds(1)), {}};
    }
    case PublishResult::kTransient:
      if (attempts_made >= options.max_attempts) {
        return {Kind::kFailed,
                {},
                "The network kept failing (" + std::to_string(attempts_made) +
                    " attempts): " + said("temporary failure")};
      }
      return {Kind::kRetry, now + transient_delay(attempts_made, options, jitter01), {}};
  }
  return {Kind::kUnknown, {}, said("unclassified outcome")};
}

}  // namespace pv::sharing
