// Charter versions and acknowledgements.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO charter_versions (version, charter_id, document, created_by, created_at) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr const char* kSelect =
    "SELECT id, version, charter_id, document, created_by, created_at FROM charter_versions ";
constexpr const char* kLatest = "SELECT max(id) FROM charter_versions";
constexpr const char* kList =
    "SELECT id, version, charter_id, '', created_by, created_at FROM charter_versions "
    "ORDER BY id DESC";
constexpr const char* kAcknowledge =
    "INSERT INTO charter_acknowledgements (user_id, version_id, acknowledged_at) "
    "VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
constexpr const char* kAcknowledged =
    "SELECT acknowledged_at FROM charter_acknowledgements WHERE user_id = ? AND version_id = ?";

class SqliteCharterRepo final : public CharterRepo {
 public:
  explicit SqliteCharterRepo(Connection& c) : c_(c) {}

  std::int64_t insert(const CharterVersionRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.version, r.charter_id, r.document, r.created_by, to_millis(r.created_at))
        .run();
    return c_.last_insert_id();
  }
  std::optional<CharterVersionRow> find(std::int64_t id) override {
    Query q(c_, std::string(kSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return row(q);
  }
  std::optional<CharterVersionRow> find_by_label(const std::string& version) override {
    Query q(c_, std::string(kSelect) + "WHERE version = ?");
    q.bind(1, version);
    if (!q.step()) return std::nullopt;
    return row(q);
  }
  std::optional<std::int64_t> latest_id() override {
    Query q(c_, kLatest);
    q.step();
    return q.optional_integer(0);
  }
  std::vector<CharterVersionRow> list() override {
    Query q(c_, kList);
    std::vector<CharterVersionRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }
  void acknowledge(const std::string& user_id, std::int64_t version_id, TimePoint at) override {
    Query(c_, kAcknowledge).bind_all(user_id, version_id, to_millis(at)).run();
  }
  std::optional<TimePoint> acknowledged_at(const std::string& user_id,
                                           std::int64_t version_id) override {
    Query q(c_, kAcknowledged);
    q.bind_all(user_id, version_id);
    if (!q.step()) return std::nullopt;
    return from_millis(q.integer(0));
  }

 private:
  static CharterVersionRow row(const Query& q) {
    return CharterVersionRow{q.integer(0), q.text(1), q.text(2),
                             q.text(3),    q.text(4), from_millis(q.integer(5))};
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<CharterRepo> make_charter_repo(Connection& c) {
  return std::make_unique<SqliteCharterRepo>(c);
}

}  // namespace pv::store::sqlite
