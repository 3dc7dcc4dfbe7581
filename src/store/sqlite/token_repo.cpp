// Bearer tokens.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at) "
    "VALUES (?, ?, ?, ?, ?, NULL)";
constexpr const char* kSelect =
    "SELECT id, user_id, name, token_hash, created_at, last_used_at FROM api_tokens ";
constexpr const char* kMarkUsed = "UPDATE api_tokens SET last_used_at = ?2 WHERE id = ?1";
constexpr const char* kRemove = "DELETE FROM api_tokens WHERE id = ?";
constexpr const char* kRemoveForUser = "DELETE FROM api_tokens WHERE user_id = ?";

class SqliteTokenRepo final : public TokenRepo {
 public:
  explicit SqliteTokenRepo(Connection& c) : c_(c) {}

  void insert(const TokenRow& t) override {
    Query(c_, kInsert)
        .bind_all(t.id, t.user_id, t.name, t.token_hash, to_millis(t.created_at))
        .run();
  }
  std::optional<TokenRow> find(const std::string& id) override {
    return one(std::string(kSelect) + "WHERE id = ?", id);
  }
  std::optional<TokenRow> find_by_hash(const std::string& token_hash) override {
    return one(std::string(kSelect) + "WHERE token_hash = ?", token_hash);
  }
  std::vector<TokenRow> list_for_user(const std::string& user_id) override {
    Query q(c_, std::string(kSelect) + "WHERE user_id = ? ORDER BY id");
    q.bind(1, user_id);
    std::vector<TokenRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }
  void mark_used(const std::string& id, TimePoint at) override {
    Query(c_, kMarkUsed).bind_all(id, to_millis(at)).run();
  }
  void remove(const std::string& id) override { Query(c_, kRemove).bind_all(id).run(); }
  void remove_for_user(const std::string& user_id) override {
    Query(c_, kRemoveForUser).bind_all(user_id).run();
  }

 private:
  std::optional<TokenRow> one(const std::string& sql, const std::string& key) {
    Query q(c_, sql);
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    return row(q);
  }
  static TokenRow row(const Query& q) {
    TokenRow t{q.text(0), q.text(1), q.text(2), q.text(3), from_millis(q.integer(4)), {}};
    if (auto used = q.optional_integer(5)) t.last_used_at = from_millis(*used);
    return t;
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<TokenRepo> make_token_repo(Connection& c) {
  return std::make_unique<SqliteTokenRepo>(c);
}

}  // namespace pv::store::sqlite
