// Idempotency keys.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kFind =
    "SELECT user_id, key, request_hash, status, response_body, created_at FROM idempotency_keys "
    "WHERE user_id = ? AND key = ?";
constexpr const char* kInsert =
    "INSERT INTO idempotency_keys (user_id, key, request_hash, status, response_body, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kRemoveBefore = "DELETE FROM idempotency_keys WHERE created_at < ?";

class SqliteIdempotencyRepo final : public IdempotencyRepo {
 public:
  explicit SqliteIdempotencyRepo(Connection& c) : c_(c) {}

  std::optional<IdempotencyRow> find(const std::string& user_id, const std::string& key) override {
    Query q(c_, kFind);
    q.bind_all(user_id, key);
    if (!q.step()) return std::nullopt;
    return IdempotencyRow{q.text(0), q.text(1),
                          q.text(2), static_cast<int>(q.integer(3)),
                          q.text(4), from_millis(q.integer(5))};
  }
  void insert(const IdempotencyRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.user_id, r.key, r.request_hash, r.status, r.response_body,
                  to_millis(r.created_at))
        .run();
  }
  void remove_before(TimePoint cutoff) override {
    Query(c_, kRemoveBefore).bind_all(to_millis(cutoff)).run();
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<IdempotencyRepo> make_idempotency_repo(Connection& c) {
  return std::make_unique<SqliteIdempotencyRepo>(c);
}

}  // namespace pv::store::sqlite
