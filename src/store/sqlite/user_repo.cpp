// Users and their group memberships.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kColumns =
    "id, email, name, password_hash, roles, function, region, language, tags, active, "
    "created_at, updated_at";
constexpr const char* kInsert =
    "INSERT INTO users (id, email, name, password_hash, roles, function, region, language, tags, "
    "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdate =
    "UPDATE users SET email = ?2, name = ?3, password_hash = ?4, roles = ?5, function = ?6, "
    "region = ?7, language = ?8, tags = ?9, active = ?10, updated_at = ?11 WHERE id = ?1";
constexpr const char* kGroupsOf = "SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY 1";
constexpr const char* kDeleteGroups = "DELETE FROM user_groups WHERE user_id = ?";
constexpr const char* kInsertGroup = "INSERT INTO user_groups (user_id, group_id) VALUES (?, ?)";
constexpr const char* kCount = "SELECT count(*) FROM users";

class SqliteUserRepo final : public UserRepo {
 public:
  explicit SqliteUserRepo(Connection& c) : c_(c) {}

  void insert(const UserRow& u) override {
    Query(c_, kInsert)
        .bind_all(u.id, u.email, u.name, u.password_hash, to_json_list(u.roles), u.function,
                  u.region, u.language, to_json_list(u.tags), u.active, to_millis(u.created_at),
                  to_millis(u.updated_at))
        .run();
    write_groups(u);
  }

  void update(const UserRow& u) override {
    Query(c_, kUpdate)
        .bind_all(u.id, u.email, u.name, u.password_hash, to_json_list(u.roles), u.function,
                  u.region, u.language, to_json_list(u.tags), u.active, to_millis(u.updated_at))
        .run();
    Query(c_, kDeleteGroups).bind_all(u.id).run();
    write_groups(u);
  }

  std::optional<UserRow> find(const std::string& id) override {
    return find_one(std::string("SELECT ") + kColumns + " FROM users WHERE id = ?", id);
  }

  std::optional<UserRow> find_by_email(const std::string& email) override {
    return find_one(std::string("SELECT ") + kColumns + " FROM users WHERE email = ?", email);
  }

  std::vector<UserRow> list(const std::optional<std::string>& after_id, int limit) override {
    Query q(c_, std::string("SELECT ") + kColumns +
                    " FROM users WHERE id > coalesce(?, '') ORDER BY id LIMIT ?");
    q.bind(1, after_id).bind(2, limit);
    std::vector<UserRow> out;
    while (q.step())
      out.push_back(row(q));
    for (auto& u : out)
      u.groups = groups_of(u.id);
    return out;
  }

  int count() override {
    Query q(c_, kCount);
    q.step();
    return static_cast<int>(q.integer(0));
  }

 private:
  std::optional<UserRow> find_one(const std::string& sql, const std::string& key) {
    std::optional<UserRow> out;
    {
      Query q(c_, sql);
      q.bind(1, key);
      if (q.step()) out = row(q);
    }
    if (out) out->groups = groups_of(out->id);
    return out;
  }

  static UserRow row(const Query& q) {
    UserRow u;
    u.id = q.text(0);
    u.email = q.text(1);
    u.name = q.text(2);
    u.password_hash = q.text(3);
    u.roles = from_json_list(q.text(4));
    u.function = q.text(5);
    u.region = q.text(6);
    u.language = q.text(7);
    u.tags = from_json_list(q.text(8));
    u.active = q.integer(9) != 0;
    u.created_at = from_millis(q.integer(10));
    u.updated_at = from_millis(q.integer(11));
    return u;
  }

  std::vector<std::string> groups_of(const std::string& user_id) {
    Query q(c_, kGroupsOf);
    q.bind(1, user_id);
    std::vector<std::string> out;
    while (q.step())
      out.push_back(q.text(0));
    return out;
  }

  void write_groups(const UserRow& u) {
    for (const auto& g : u.groups)
      Query(c_, kInsertGroup).bind_all(u.id, g).run();
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<UserRepo> make_user_repo(Connection& c) {
  return std::make_unique<SqliteUserRepo>(c);
}

}  // namespace pv::store::sqlite
