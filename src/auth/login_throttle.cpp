#include "auth/login_throttle.h"

namespace pv::auth {

std::optional<int> LoginThrottle::locked_for(store::Tx& tx, const std::string& key,
                                             TimePoint now) const {
  auto row = tx.login_throttle().find(key);
  if (!row || !row->locked_until || *row->locked_until <= now) return std::nullopt;
  auto left = std::chrono::ceil<std::chrono::seconds>(*row->locked_until - now).count();
  return static_cast<int>(std::max<long long>(1, left));
}

bool LoginThrottle::record_failure(store::Tx& tx, const std::string& key, int max_failures,
                                   TimePoint now) const {
  auto row = tx.login_throttle().find(key).value_or(store::LoginThrottleRow{key, 0, now, {}});
  if (now - row.window_start > options_.window || (row.locked_until && *row.locked_until <= now)) {
    row = store::LoginThrottleRow{key, 0, now, {}};
  }
  ++row.failures;
  bool locks = row.failures >= max_failures;
  if (locks) row.locked_until = now + options_.lockout;
  tx.login_throttle().put(row);
  return locks;
}

}  // namespace pv::auth
