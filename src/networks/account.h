// A connected account as the API shows it, and how its status is worked out
// from its row. Plain values and pure functions; any thread.
//
//   needs_reconnect  the network refused the token (flagged), or the date by
//                    which the advisor must reconnect has passed;
//   expiring         that date is within `expiring_window` (7 days);
//   active           otherwise.
//
// The date is the access token's expiry, or the refresh token's when there is a
// refresh token (X refreshes itself; its refresh tokens have no stated end, so an
// X account has no such date).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "networks/types.h"
#include "store/network_accounts.h"

namespace pv::networks {

enum class AccountStatus { kActive, kExpiring, kNeedsReconnect };

std::string_view to_string(AccountStatus status);

inline constexpr std::chrono::hours kExpiringWindow{7 * 24};

struct Account {
  std::string id;
  std::string user_id;
  Network network = Network::kLinkedIn;
  std::string external_id;
  std::string author;
  std::string display_name;
  std::optional<TimePoint> expires_at;  // reconnect by then; none when unknown or never
  AccountStatus status = AccountStatus::kActive;
  std::string reconnect_reason;
  TimePoint connected_at;
};

std::optional<TimePoint> reconnect_by(const store::NetworkAccountRow& row);
AccountStatus account_status(const store::NetworkAccountRow& row, TimePoint now,
                             std::chrono::seconds expiring_window = kExpiringWindow);
Account account_view(const store::NetworkAccountRow& row, TimePoint now,
                     std::chrono::seconds expiring_window = kExpiringWindow);

}  // namespace pv::networks
