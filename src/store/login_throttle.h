// Failed sign-in attempts, counted per key (an e-mail or a client address),
// kept in the store so that every server behind a proxy sees the same counts.
#pragma once

#include <optional>
#include <string>

#include "util/clock.h"

namespace pv::store {

struct LoginThrottleRow {
  std::string key;
  int failures = 0;
  TimePoint window_start;
  std::optional<TimePoint> locked_until;
};

class LoginThrottleRepo {
 public:
  virtual ~LoginThrottleRepo() = default;
  virtual std::optional<LoginThrottleRow> find(const std::string& key) = 0;
  virtual void put(const LoginThrottleRow& row) = 0;
  virtual void remove(const std::string& key) = 0;
};

}  // namespace pv::store
