#include "sharing/share_counts.h"

namespace pv::sharing {

ShareCounts counts_with_new_share(const store::ShareTally& today,
                                  const store::ShareTally& last_30_days, bool promotional) {
  ShareCounts c;
  c.shares_today = today.total + 1;
  const auto promotional_count = last_30_days.promotional + (promotional ? 1 : 0);
  c.promotional_share =
      static_cast<double>(promotional_count) / static_cast<double>(last_30_days.total + 1);
  return c;
}

ShareCounts share_counts(store::Tx& tx, const std::string& user_id, bool promotional, TimePoint now,
                         const TimeZone& zone) {
  auto today = tx.shares().tally_since(user_id, zone.start_of_day(now));
  auto recent = tx.shares().tally_since(user_id, now - kPromotionalWindow);
  return counts_with_new_share(today, recent, promotional);
}

}  // namespace pv::sharing
