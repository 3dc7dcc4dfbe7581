// The salt of the readers' keys (visitor_key.h): the configured one, or by
// default one drawn for each local day in the firm's time zone and stored, so
// that every server uses the same, and deleted once the next day has its own.
// The price of forgetting: a reader coming back on another day counts again.
//
// Thread-safe.
#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "store/database.h"
#include "util/clock.h"
#include "util/time_zone.h"

namespace pv::analytics {

class ClickSalts {
 public:
  // `fixed`: a configured salt, used every day; none: a salt per local day.
  ClickSalts(store::Database& db, const Clock& clock, TimeZone zone,
             std::optional<std::string> fixed);

  // The salt for a click now (one store write per day and server at most).
  std::string current();

 private:
  store::Database& db_;
  const Clock& clock_;
  TimeZone zone_;
  std::optional<std::string> fixed_;
  std::mutex mutex_;
  std::string day_;  // the cached salt's local day
  std::string salt_;
};

}  // namespace pv::analytics
