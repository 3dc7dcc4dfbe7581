// Throttling of failed sign-ins, per e-mail and per client address. The e-mail
// key counts whether or not an account exists, so a 429 reveals nothing about
// which e-mails are registered.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "store/database.h"

namespace pv::auth {

struct ThrottleOptions {
  int max_failures_per_email = 5;
  int max_failures_per_address = 20;
  std::chrono::seconds window{15 * 60};   // failures older than this are forgotten
  std::chrono::seconds lockout{15 * 60};  // how long a key stays locked
};

class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottleOptions options) : options_(options) {}

  static std::string email_key(const std::string& email) { return "email:" + email; }
  static std::string address_key(const std::string& address) { return "address:" + address; }

  // Seconds until the key may try again, when it is locked.
  std::optional<int> locked_for(store::Tx& tx, const std::string& key, TimePoint now) const;
  // Counts a failure; returns true when this failure locks the key.
  bool record_failure(store::Tx& tx, const std::string& key, int max_failures, TimePoint now) const;
  void reset(store::Tx& tx, const std::string& key) const { tx.login_throttle().remove(key); }
  const ThrottleOptions& options() const { return options_; }

 private:
  ThrottleOptions options_;
};

}  // namespace pv::auth
