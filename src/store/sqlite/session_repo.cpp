// Sign-in sessions.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kFind =
    "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at FROM sessions "
    "WHERE token_hash = ?";
constexpr const char* kTouch =
    "UPDATE sessions SET last_seen_at = ?2, expires_at = ?3 WHERE token_hash = ?1";
constexpr const char* kRemove = "DELETE FROM sessions WHERE token_hash = ?";
constexpr const char* kRemoveForUser = "DELETE FROM sessions WHERE user_id = ?";
constexpr const char* kRemoveExpired = "DELETE FROM sessions WHERE expires_at <= ?";

class SqliteSessionRepo final : public SessionRepo {
 public:
  explicit SqliteSessionRepo(Connection& c) : c_(c) {}

  void insert(const SessionRow& s) override {
    Query(c_, kInsert)
        .bind_all(s.token_hash, s.user_id, s.csrf_token, to_millis(s.created_at),
                  to_millis(s.last_seen_at), to_millis(s.expires_at))
        .run();
  }
  std::optional<SessionRow> find(const std::string& token_hash) override {
    Query q(c_, kFind);
    q.bind(1, token_hash);
    if (!q.step()) return std::nullopt;
    return SessionRow{q.text(0),
                      q.text(1),
                      q.text(2),
                      from_millis(q.integer(3)),
                      from_millis(q.integer(4)),
                      from_millis(q.integer(5))};
  }
  void touch(const std::string& token_hash, TimePoint last_seen_at, TimePoint expires_at) override {
    Query(c_, kTouch).bind_all(token_hash, to_millis(last_seen_at), to_millis(expires_at)).run();
  }
  void remove(const std::string& token_hash) override {
    Query(c_, kRemove).bind_all(token_hash).run();
  }
  void remove_for_user(const std::string& user_id) override {
    Query(c_, kRemoveForUser).bind_all(user_id).run();
  }
  void remove_expired(TimePoint now) override {
    Query(c_, kRemoveExpired).bind_all(to_millis(now)).run();
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<SessionRepo> make_session_repo(Connection& c) {
  return std::make_unique<SqliteSessionRepo>(c);
}

}  // namespace pv::store::sqlite
