// The advisors' connected accounts: connecting (OAuth), listing, disconnecting,
// and handing the publisher a usable token.
//
// Connecting: begin_connect() stores a single-use `state` (random; the store
// keeps its SHA-256) with the user, the network, the redirect URI and the PKCE
// verifier, for 10 minutes, and returns the network's authorize URL. The
// network sends the browser back to the callback with that state, which alone
// names the user (the SameSite=Strict session cookie does not come back on a
// redirect from another site); finish_connect() takes it (once), exchanges the
// code and stores the account, its tokens sealed (token_cipher.h).
//
// Tokens: credentials() refreshes a token that is about to expire. A refresh is
// serialised across servers through the store: the refresher first takes a
// lease on the account's token version (compare-and-swap), calls the network,
// and stores the new pair under the same version before anyone uses it; the
// others wait for the version to move and use the new pair. X's refresh tokens
// are single-use, so two servers spending the same one would lose the account.
//
// Every change is audited in its transaction. Thread-safe: state is in the
// store; calls that reach a network block on it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "networks/account.h"
#include "networks/connectors.h"
#include "networks/token_cipher.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::networks {

struct AccountOptions {
  std::chrono::seconds state_ttl{10 * 60};
  std::chrono::seconds expiring_window = kExpiringWindow;
  // A token expiring within this is refreshed before use.
  std::chrono::seconds refresh_margin{10 * 60};
  // How long a refresher holds the account; others wait at most this long.
  std::chrono::seconds refresh_lease{30};
  std::chrono::milliseconds lease_poll{50};
};

struct CallbackInput {
  std::string state;
  std::optional<std::string> code;
  std::optional<std::string> error;  // the network's, when the member refused
  std::optional<std::string> error_description;
};

struct CallbackResult {
  Network network = Network::kLinkedIn;
  std::string user_id;
  std::optional<Account> account;  // connected
  std::optional<Failure> failure;  // or why not
};

class AccountService {
 public:
  AccountService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                 const ConnectorRegistry& connectors, TokenCipher cipher,
                 AccountOptions options = {});

  // The authorize URL for `user_id` on `network`; 409 network_not_configured.
  // `redirect_uri` is this server's callback for that network.
  Result<std::string> begin_connect(const std::string& user_id, Network network,
                                    const std::string& redirect_uri,
                                    const std::optional<std::string>& page_id = std::nullopt);

  // 400 invalid_state when the state is unknown, used, expired, for another
  // network, or its user is no longer active; otherwise the account or the
  // network's refusal (both audited).
  Result<CallbackResult> finish_connect(Network network, const CallbackInput& input);

  std::vector<Account> list(const std::string& user_id) const;
  std::optional<Account> find(const std::string& account_id) const;

  // The owner's account, tokens erased; 404 for anyone else.
  Status disconnect(const std::string& user_id, const std::string& account_id);

  // A token good for a call now, refreshed first when it expires within the
  // refresh margin (see above). needs_reconnect when it cannot be.
  Outcome<Credentials> credentials(const std::string& account_id);

  // Publishes through the account's connector. A token refused on the way is
  // refreshed once (the refusal means nothing was published), then the account is
  // flagged needs_reconnect. Never retried otherwise: the scheduler decides
  // (sharing/retry_policy.h).
  Outcome<Published> publish(const std::string& account_id, const PostContent& content);

  // Flags the account (audited), e.g. after a refusal the publisher saw.
  void mark_needs_reconnect(const std::string& account_id, const std::string& reason);

 private:
  // credentials(), refreshing regardless of expiry while the version is still
  // `stale_version` (the token it names was refused).
  Outcome<Credentials> credentials(const std::string& account_id,
                                   std::optional<std::int64_t> stale_version);
  Outcome<Credentials> refresh_claimed(const store::NetworkAccountRow& row, Connector& connector);
  Outcome<Credentials> open(const store::NetworkAccountRow& row);
  Failure reconnect_failure(const std::string& account_id, const std::string& reason);

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  const ConnectorRegistry& connectors_;
  const TokenCipher cipher_;
  const AccountOptions options_;
};

}  // namespace pv::networks
