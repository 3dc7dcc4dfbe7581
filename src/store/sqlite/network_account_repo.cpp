// Connected network accounts.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kColumns =
    "id, user_id, network, external_id, author, display_name, scopes, access_token, "
    "refresh_token, expires_at, refresh_expires_at, token_version, refresh_lease_until, "
    "needs_reconnect, reconnect_reason, connected_at, updated_at";
constexpr const char* kInsert =
    "INSERT INTO network_accounts (id, user_id, network, external_id, author, display_name, "
    "scopes, access_token, refresh_token, expires_at, refresh_expires_at, token_version, "
    "refresh_lease_until, needs_reconnect, reconnect_reason, connected_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)";
constexpr const char* kReconnect =
    "UPDATE network_accounts SET external_id = ?2, author = ?3, display_name = ?4, scopes = ?5, "
    "access_token = ?6, refresh_token = ?7, expires_at = ?8, refresh_expires_at = ?9, "
    "token_version = token_version + 1, refresh_lease_until = NULL, needs_reconnect = 0, "
    "reconnect_reason = '', connected_at = ?10, updated_at = ?10 WHERE id = ?1";
constexpr const char* kClaim =
    "UPDATE network_accounts SET refresh_lease_until = ?3 WHERE id = ?1 AND token_version = ?2 "
    "AND needs_reconnect = 0 AND (refresh_lease_until IS NULL OR refresh_lease_until <= ?4)";
constexpr const char* kStoreRefreshed =
    "UPDATE network_accounts SET access_token = ?3, refresh_token = ?4, expires_at = ?5, "
    "refresh_expires_at = ?6, scopes = ?7, token_version = token_version + 1, "
    "refresh_lease_until = NULL, updated_at = ?8 WHERE id = ?1 AND token_version = ?2";
constexpr const char* kRelease =
    "UPDATE network_accounts SET refresh_lease_until = NULL WHERE id = ?1 AND token_version = ?2";
constexpr const char* kMarkReconnect =
    "UPDATE network_accounts SET needs_reconnect = 1, reconnect_reason = ?2, "
    "token_version = token_version + 1, refresh_lease_until = NULL, updated_at = ?3 "
    "WHERE id = ?1 AND needs_reconnect = 0";
constexpr const char* kRemove = "DELETE FROM network_accounts WHERE id = ?";

std::optional<std::int64_t> millis(const std::optional<TimePoint>& t) {
  return t ? std::optional(to_millis(*t)) : std::nullopt;
}
std::optional<TimePoint> time_of(const std::optional<std::int64_t>& ms) {
  return ms ? std::optional(from_millis(*ms)) : std::nullopt;
}

class SqliteNetworkAccountRepo final : public NetworkAccountRepo {
 public:
  explicit SqliteNetworkAccountRepo(Connection& c) : c_(c) {}

  void insert(const NetworkAccountRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.id, r.user_id, r.network, r.external_id, r.author, r.display_name,
                  r.tokens.scopes, r.tokens.access_token, r.tokens.refresh_token,
                  millis(r.tokens.expires_at), millis(r.tokens.refresh_expires_at), r.token_version,
                  r.needs_reconnect, r.reconnect_reason, to_millis(r.connected_at),
                  to_millis(r.updated_at))
        .run();
  }
  std::optional<NetworkAccountRow> find(const std::string& id) override {
    auto rows = select("WHERE id = ?", {id});
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
  }
  std::optional<NetworkAccountRow> find_for_user(const std::string& user_id,
                                                 const std::string& network) override {
    auto rows = select("WHERE user_id = ? AND network = ?", {user_id, network});
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
  }
  std::vector<NetworkAccountRow> list_for_user(const std::string& user_id) override {
    return select("WHERE user_id = ? ORDER BY network", {user_id});
  }
  void reconnect(const NetworkAccountRow& r) override {
    Query(c_, kReconnect)
        .bind_all(r.id, r.external_id, r.author, r.display_name, r.tokens.scopes,
                  r.tokens.access_token, r.tokens.refresh_token, millis(r.tokens.expires_at),
                  millis(r.tokens.refresh_expires_at), to_millis(r.connected_at))
        .run();
  }
  bool claim_refresh(const std::string& id, std::int64_t version, TimePoint lease_until,
                     TimePoint now) override {
    Query(c_, kClaim).bind_all(id, version, to_millis(lease_until), to_millis(now)).run();
    return c_.changes() == 1;
  }
  bool store_refreshed(const std::string& id, std::int64_t version, const AccountTokens& t,
                       TimePoint now) override {
    Query(c_, kStoreRefreshed)
        .bind_all(id, version, t.access_token, t.refresh_token, millis(t.expires_at),
                  millis(t.refresh_expires_at), t.scopes, to_millis(now))
        .run();
    return c_.changes() == 1;
  }
  void release_lease(const std::string& id, std::int64_t version) override {
    Query(c_, kRelease).bind_all(id, version).run();
  }
  bool mark_needs_reconnect(const std::string& id, const std::string& reason,
                            TimePoint now) override {
    Query(c_, kMarkReconnect).bind_all(id, reason, to_millis(now)).run();
    return c_.changes() == 1;
  }
  void remove(const std::string& id) override { Query(c_, kRemove).bind_all(id).run(); }

 private:
  std::vector<NetworkAccountRow> select(const std::string& where,
                                        const std::vector<std::string>& keys) {
    Query q(c_, std::string("SELECT ") + kColumns + " FROM network_accounts " + where);
    for (std::size_t i = 0; i < keys.size(); ++i)
      q.bind(static_cast<int>(i + 1), keys[i]);
    std::vector<NetworkAccountRow> out;
    while (q.step()) {
      NetworkAccountRow r;
      r.id = q.text(0);
      r.user_id = q.text(1);
      r.network = q.text(2);
      r.external_id = q.text(3);
      r.author = q.text(4);
      r.display_name = q.text(5);
      r.tokens.scopes = q.text(6);
      r.tokens.access_token = q.text(7);
      r.tokens.refresh_token = q.optional_text(8);
      r.tokens.expires_at = time_of(q.optional_integer(9));
      r.tokens.refresh_expires_at = time_of(q.optional_integer(10));
      r.token_version = q.integer(11);
      r.refresh_lease_until = time_of(q.optional_integer(12));
      r.needs_reconnect = q.integer(13) != 0;
      r.reconnect_reason = q.text(14);
      r.connected_at = from_millis(q.integer(15));
      r.updated_at = from_millis(q.integer(16));
      out.push_back(std::move(r));
    }
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<NetworkAccountRepo> make_network_account_repo(Connection& c) {
  return std::make_unique<SqliteNetworkAccountRepo>(c);
}

}  // namespace pv::store::sqlite
