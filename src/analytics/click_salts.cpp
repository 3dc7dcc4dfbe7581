#include "analytics/click_salts.h"

#include "util/calendar.h"
#include "util/crypto.h"

namespace pv::analytics {

ClickSalts::ClickSalts(store::Database& db, const Clock& clock, TimeZone zone,
                       std::optional<std::string> fixed)
    : db_(db), clock_(clock), zone_(std::move(zone)), fixed_(std::move(fixed)) {}

std::string ClickSalts::current() {
  if (fixed_) return *fixed_;
  const TimePoint now = clock_.now();
  const std::string day = local_date(zone_, now);
  std::lock_guard lock(mutex_);
  if (day != day_) {
    // Earlier days' salts are deleted as soon as a day has its own.
    const std::string candidate = crypto::to_hex(crypto::random_bytes(32));
    salt_ = db_.write_value(
        [&](store::Tx& tx) { return tx.links().day_salt(day, candidate, day, now); });
    day_ = day;
  }
  return salt_;
}

}  // namespace pv::analytics
