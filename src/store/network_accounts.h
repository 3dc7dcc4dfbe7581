// The advisors' connected network accounts and the OAuth states of connections
// under way (schema 0005). Tokens arrive here already sealed
// (networks/token_cipher.h): the store never sees them in clear.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct AccountTokens {
  std::string access_token;                  // sealed
  std::optional<std::string> refresh_token;  // sealed
  std::optional<TimePoint> expires_at;
  std::optional<TimePoint> refresh_expires_at;
  std::string scopes;
};

struct NetworkAccountRow {
  std::string id;
  std::string user_id;
  std::string network;  // "linkedin", "x", "facebook"
  std::string external_id;
  std::string author;
  std::string display_name;
  AccountTokens tokens;
  std::int64_t token_version = 1;
  std::optional<TimePoint> refresh_lease_until;
  bool needs_reconnect = false;
  std::string reconnect_reason;
  TimePoint connected_at;
  TimePoint updated_at;
};

class NetworkAccountRepo {
 public:
  virtual ~NetworkAccountRepo() = default;
  // Throws Error(kUniqueViolation) when the user has an account on that network.
  virtual void insert(const NetworkAccountRow& row) = 0;
  virtual std::optional<NetworkAccountRow> find(const std::string& id) = 0;
  virtual std::optional<NetworkAccountRow> find_for_user(const std::string& user_id,
                                                         const std::string& network) = 0;
  virtual std::vector<NetworkAccountRow> list_for_user(const std::string& user_id) = 0;
  // Connected again: identity and tokens replaced, the version bumped, the
  // lease and the reconnect flag cleared.
  virtual void reconnect(const NetworkAccountRow& row) = 0;
  // Takes the refresh lease if the version is still `version` and no unexpired
  // lease is held; false otherwise.
  virtual bool claim_refresh(const std::string& id, std::int64_t version, TimePoint lease_until,
                             TimePoint now) = 0;
  // Stores refreshed tokens if the version is still `version` (bumping it and
  // clearing the lease); false otherwise.
  virtual bool store_refreshed(const std::string& id, std::int64_t version,
                               const AccountTokens& tokens, TimePoint now) = 0;
  virtual void release_lease(const std::string& id, std::int64_t version) = 0;
  // Flags the account (bumping the version, clearing the lease); false when it
  // was flagged already or is gone.
  virtual bool mark_needs_reconnect(const std::string& id, const std::string& reason,
                                    TimePoint now) = 0;
  virtual void remove(const std::string& id) = 0;
};

struct OAuthStateRow {
  std::string state_hash;  // hex SHA-256 of the state
  std::string user_id;
  std::string network;
  std::string redirect_uri;
  std::string code_verifier;  // sealed
  std::optional<std::string> page_id;
  TimePoint created_at;
  TimePoint expires_at;
};

class OAuthStateRepo {
 public:
  virtual ~OAuthStateRepo() = default;
  virtual void insert(const OAuthStateRow& row) = 0;
  // Removes the row and returns it (expired or not): a state is used once.
  virtual std::optional<OAuthStateRow> take(const std::string& state_hash) = 0;
  virtual void remove_expired(TimePoint now) = 0;
};

}  // namespace pv::store
