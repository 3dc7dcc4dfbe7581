// The two counts of a share's charter context (API.md, "Sharing"):
// `shares_today`, the advisor's shares created since midnight in the firm's
// time zone, and `promotional_share`, the share of promotional items among
// the advisor's shares of the last 30 days; neither counts cancelled or
// blocked shares, and both count the share being checked (CHARTER.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "store/database.h"
#include "util/clock.h"
#include "util/time_zone.h"

namespace pv::sharing {

inline constexpr auto kPromotionalWindow = std::chrono::days(30);

struct ShareCounts {
  std::int64_t shares_today = 0;
  double promotional_share = 0;
};

// Pure: the counts once a share (`promotional` or not) joins the tallies of
// the shares created before it today and in the last 30 days.
ShareCounts counts_with_new_share(const store::ShareTally& today,
                                  const store::ShareTally& last_30_days, bool promotional);

// The counts for a new share of `user_id` at `now`, from the store.
ShareCounts share_counts(store::Tx& tx, const std::string& user_id, bool promotional, TimePoint now,
                         const TimeZone& zone);

}  // namespace pv::sharing
