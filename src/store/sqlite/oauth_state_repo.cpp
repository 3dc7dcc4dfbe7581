// OAuth states of connections under way.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO oauth_states (state_hash, user_id, network, redirect_uri, code_verifier, page_id, "
    "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kTake =
    "DELETE FROM oauth_states WHERE state_hash = ? "
    "RETURNING state_hash, user_id, network, redirect_uri, code_verifier, page_id, created_at, "
    "expires_at";
constexpr const char* kRemoveExpired = "DELETE FROM oauth_states WHERE expires_at <= ?";

class SqliteOAuthStateRepo final : public OAuthStateRepo {
 public:
  explicit SqliteOAuthStateRepo(Connection& c) : c_(c) {}

  void insert(const OAuthStateRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.state_hash, r.user_id, r.network, r.redirect_uri, r.code_verifier, r.page_id,
                  to_millis(r.created_at), to_millis(r.expires_at))
        .run();
  }
  std::optional<OAuthStateRow> take(const std::string& state_hash) override {
    Query q(c_, kTake);
    q.bind(1, state_hash);
    if (!q.step()) return std::nullopt;
    OAuthStateRow r{q.text(0),
                    q.text(1),
                    q.text(2),
                    q.text(3),
                    q.text(4),
                    q.optional_text(5),
                    from_millis(q.integer(6)),
                    from_millis(q.integer(7))};
    while (q.step()) {
    }
    return r;
  }
  void remove_expired(TimePoint now) override {
    Query(c_, kRemoveExpired).bind_all(to_millis(now)).run();
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<OAuthStateRepo> make_oauth_state_repo(Connection& c) {
  return std::make_unique<SqliteOAuthStateRepo>(c);
}

}  // namespace pv::store::sqlite
