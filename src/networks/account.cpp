#include "networks/account.h"

namespace pv::networks {

std::string_view to_string(AccountStatus status) {
  switch (status) {
    case AccountStatus::kActive: return "active";
    case AccountStatus::kExpiring: return "expiring";
    case AccountStatus::kNeedsReconnect: return "needs_reconnect";
  }
  return "active";
}

std::optional<TimePoint> reconnect_by(const store::NetworkAccountRow& row) {
  return row.tokens.refresh_token ? row.tokens.refresh_expires_at : row.tokens.expires_at;
}

AccountStatus account_status(const store::NetworkAccountRow& row, TimePoint now,
                             std::chrono::seconds expiring_window) {
  if (row.needs_reconnect) return AccountStatus::kNeedsReconnect;
  auto by = reconnect_by(row);
  if (!by) return AccountStatus::kActive;
  if (*by <= now) return AccountStatus::kNeedsReconnect;
  if (*by - now <= expiring_window) return AccountStatus::kExpiring;
  return AccountStatus::kActive;
}

Account account_view(const store::NetworkAccountRow& row, TimePoint now,
                     std::chrono::seconds expiring_window) {
  Account a;
  a.id = row.id;
  a.user_id = row.user_id;
  a.network = policy::parse_network(row.network).value_or(Network::kLinkedIn);
  a.external_id = row.external_id;
  a.author = row.author;
  a.display_name = row.display_name;
  a.expires_at = reconnect_by(row);
  a.status = account_status(row, now, expiring_window);
  a.reconnect_reason = row.reconnect_reason;
  a.connected_at = row.connected_at;
  return a;
}

}  // namespace pv::networks
