// What came of one attempt to publish a share, as the scheduler sees it: the
// networks' connectors classify every response (networks.md §5.5) and the
// publisher maps their result onto this, so that the scheduler depends on no
// connector.
//
// Plain values: any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/clock.h"

namespace pv::sharing {

enum class PublishResult {
  kPublished,       // the network has the post
  kNeedsReconnect,  // the account's authorisation is gone: the advisor reconnects
  kRateLimited,     // try again at `retry_at` (the network's time)
  kTransient,       // nothing was published (5xx, refused, timed out before sending)
  kRejected,        // the network refused the post: retrying would not help
  kUnknownOutcome,  // sent, no answer: the network may have it; never retried
};

struct PublishOutcome {
  PublishResult result = PublishResult::kTransient;
  std::string post_id;                // kPublished
  std::string post_url;               // kPublished, when the network gives or implies one
  std::optional<TimePoint> retry_at;  // kRateLimited, when the network said
  std::string reason;                 // what the network (or the transport) said
};

// "published", "needs_reconnect", "rate_limited", "transient", "rejected",
// "unknown_outcome": the attempt's recorded outcome and the metrics' label.
std::string_view outcome_name(PublishResult result);

}  // namespace pv::sharing
