// Failed sign-in counters.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kFind =
    "SELECT key, failures, window_start, locked_until FROM login_throttle WHERE key = ?";
constexpr const char* kPut =
    "INSERT INTO login_throttle (key, failures, window_start, locked_until) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
    "window_start = excluded.window_start, locked_until = excluded.locked_until";
constexpr const char* kRemove = "DELETE FROM login_throttle WHERE key = ?";

class SqliteLoginThrottleRepo final : public LoginThrottleRepo {
 public:
  explicit SqliteLoginThrottleRepo(Connection& c) : c_(c) {}

  std::optional<LoginThrottleRow> find(const std::string& key) override {
    Query q(c_, kFind);
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    LoginThrottleRow row{q.text(0), static_cast<int>(q.integer(1)), from_millis(q.integer(2)), {}};
    if (auto until = q.optional_integer(3)) row.locked_until = from_millis(*until);
    return row;
  }
  void put(const LoginThrottleRow& row) override {
    std::optional<std::int64_t> until;
    if (row.locked_until) until = to_millis(*row.locked_until);
    Query(c_, kPut).bind_all(row.key, row.failures, to_millis(row.window_start), until).run();
  }
  void remove(const std::string& key) override { Query(c_, kRemove).bind_all(key).run(); }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<LoginThrottleRepo> make_login_throttle_repo(Connection& c) {
  return std::make_unique<SqliteLoginThrottleRepo>(c);
}

}  // namespace pv::store::sqlite
