// AccountService: tokens for the publisher (credentials, refresh, publish).
#include <thread>

#include "networks/account_service.h"

namespace pv::networks {
namespace {

Failure failure(FailureClass kind, std::string reason, std::string code) {
  return Failure{kind, std::move(reason), std::move(code), 0, std::nullopt};
}

bool expires_soon(const store::NetworkAccountRow& row, TimePoint now, std::chrono::seconds margin) {
  return row.tokens.expires_at && *row.tokens.expires_at - now <= margin;
}

}  // namespace

Outcome<Credentials> AccountService::credentials(const std::string& account_id) {
  return credentials(account_id, std::nullopt);
}

Outcome<Credentials> AccountService::credentials(const std::string& account_id,
                                                 std::optional<std::int64_t> stale_version) {
  // Waiting for another refresher is bounded in real time as well as by its lease.
  const auto give_up = std::chrono::steady_clock::now() + 2 * options_.refresh_lease;
  for (;;) {
    auto row =
        db_.read_value([&](store::Tx& tx) { return tx.network_accounts().find(account_id); });
    if (!row) return failure(FailureClass::kRejected, "the account is not connected", "no_account");
    if (row->needs_reconnect) {
      return failure(FailureClass::kNeedsReconnect, row->reconnect_reason, "needs_reconnect");
    }
    Connector* connector = connectors_.find(*policy::parse_network(row->network));
    if (!connector) {
      return failure(FailureClass::kRejected, "the network is not configured",
                     "network_not_configured");
    }
    const TimePoint now = clock_.now();
    const bool refused = stale_version && *stale_version == row->token_version;
    if (!refused && !expires_soon(*row, now, options_.refresh_margin)) return open(*row);
    if (!row->tokens.refresh_token) {
      if (refused || (row->tokens.expires_at && *row->tokens.expires_at <= now)) {
        return reconnect_failure(account_id,
                                 refused ? "the network refused the token" : "the token expired");
      }
      return open(*row);  // expiring, still valid, and nothing to refresh it with
    }
    bool claimed = db_.write_value([&](store::Tx& tx) {
      return tx.network_accounts().claim_refresh(account_id, row->token_version,
                                                 now + options_.refresh_lease, now);
    });
    if (claimed) return refresh_claimed(*row, *connector);
    // Another server is refreshing (or just did): wait for the version to move.
    if (std::chrono::steady_clock::now() >= give_up) {
      return failure(FailureClass::kTransient, "a refresh of this account is taking too long",
                     "refresh_busy");
    }
    std::this_thread::sleep_for(options_.lease_poll);
  }
}

Outcome<Credentials> AccountService::refresh_claimed(const store::NetworkAccountRow& row,
                                                     Connector& connector) {
  auto access = cipher_.open(row.tokens.access_token);
  auto refresh = cipher_.open(*row.tokens.refresh_token);
  if (!access || !refresh) {
    return reconnect_failure(row.id, "the tokens cannot be read with the configured token_key");
  }
  TokenSet current{*access, *refresh, row.tokens.expires_at, row.tokens.refresh_expires_at,
                   row.tokens.scopes};
  auto fresh = connector.refresh(current);
  if (!fresh) {
    if (fresh.failure().kind == FailureClass::kNeedsReconnect) {
      return reconnect_failure(row.id, fresh.failure().reason);
    }
    db_.write(
        [&](store::Tx& tx) { tx.network_accounts().release_lease(row.id, row.token_version); });
    return fresh.failure();
  }
  const TokenSet& t = fresh.value();
  store::AccountTokens sealed{
      cipher_.seal(t.access_token),
      t.refresh_token ? std::optional(cipher_.seal(*t.refresh_token)) : std::nullopt, t.expires_at,
      t.refresh_expires_at, t.scopes};
  // Stored before anyone uses it: a crash from here on loses nothing.
  bool stored = db_.write_value([&](store::Tx& tx) {
    if (!tx.network_accounts().store_refreshed(row.id, row.token_version, sealed, clock_.now())) {
      return false;
    }
    audit_.record(tx, {"system",
                       "network.token_refresh",
                       "network_account",
                       row.id,
                       {{"network", row.network}, {"token_version", row.token_version + 1}}});
    return true;
  });
  if (!stored) {
    // The lease ran out and someone else moved the version: this pair is not the
    // account's any more.
    return failure(FailureClass::kTransient, "the refresh lost its lease", "refresh_lost");
  }
  return Credentials{t.access_token, row.external_id, row.author, row.token_version + 1};
}

Outcome<Credentials> AccountService::open(const store::NetworkAccountRow& row) {
  auto access = cipher_.open(row.tokens.access_token);
  if (!access) {
    return reconnect_failure(row.id, "the tokens cannot be read with the configured token_key");
  }
  return Credentials{*access, row.external_id, row.author, row.token_version};
}

Outcome<Published> AccountService::publish(const std::string& account_id,
                                           const PostContent& content) {
  auto creds = credentials(account_id);
  if (!creds) return creds.failure();
  auto row = db_.read_value([&](store::Tx& tx) { return tx.network_accounts().find(account_id); });
  if (!row) return failure(FailureClass::kRejected, "the account is not connected", "no_account");
  Connector& connector = *connectors_.find(*policy::parse_network(row->network));
  auto published = connector.publish(creds.value(), content);
  if (published || published.failure().kind != FailureClass::kNeedsReconnect) return published;
  if (row->tokens.refresh_token) {
    // Refused, so not published: a fresh token may be accepted.
    auto again = credentials(account_id, creds->token_version);
    if (!again) return again.failure();
    published = connector.publish(again.value(), content);
    if (published || published.failure().kind != FailureClass::kNeedsReconnect) return published;
  }
  mark_needs_reconnect(account_id, published.failure().reason);
  return published;
}

void AccountService::mark_needs_reconnect(const std::string& account_id,
                                          const std::string& reason) {
  db_.write([&](store::Tx& tx) {
    auto row = tx.network_accounts().find(account_id);
    if (!row || !tx.network_accounts().mark_needs_reconnect(account_id, reason, clock_.now())) {
      return;
    }
    audit_.record(tx, {"system",
                       "network.needs_reconnect",
                       "network_account",
                       account_id,
                       {{"network", row->network}, {"reason", reason}}});
  });
}

Failure AccountService::reconnect_failure(const std::string& account_id,
                                          const std::string& reason) {
  mark_needs_reconnect(account_id, reason);
  return failure(FailureClass::kNeedsReconnect, reason, "needs_reconnect");
}

}  // namespace pv::networks
