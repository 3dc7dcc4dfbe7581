// Groups used for targeting.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO groups (id, name, description, created_at) VALUES (?, ?, ?, ?)";
constexpr const char* kFind = "SELECT id, name, description, created_at FROM groups WHERE id = ?";
constexpr const char* kFindByName =
    "SELECT id, name, description, created_at FROM groups WHERE name = ?";
constexpr const char* kList = "SELECT id, name, description, created_at FROM groups ORDER BY name";

class SqliteGroupRepo final : public GroupRepo {
 public:
  explicit SqliteGroupRepo(Connection& c) : c_(c) {}

  void insert(const GroupRow& g) override {
    Query(c_, kInsert).bind_all(g.id, g.name, g.description, to_millis(g.created_at)).run();
  }
  std::optional<GroupRow> find(const std::string& id) override { return one(kFind, id); }
  std::optional<GroupRow> find_by_name(const std::string& name) override {
    return one(kFindByName, name);
  }
  std::vector<GroupRow> list() override {
    Query q(c_, kList);
    std::vector<GroupRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }

 private:
  std::optional<GroupRow> one(const char* sql, const std::string& key) {
    Query q(c_, sql);
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    return row(q);
  }
  static GroupRow row(const Query& q) {
    return GroupRow{q.text(0), q.text(1), q.text(2), from_millis(q.integer(3))};
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<GroupRepo> make_group_repo(Connection& c) {
  return std::make_unique<SqliteGroupRepo>(c);
}

}  // namespace pv::store::sqlite
