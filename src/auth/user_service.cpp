#include "auth/user_service.h"

#include <algorithm>
#include <set>

#include "auth/password.h"
#include "auth/user_validation.h"
#include "store/errors.h"
#include "util/ids.h"

namespace pv::auth {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<std::string> unique_sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// Checks inside the transaction that every group exists.
void check_groups(store::Tx& tx, const std::vector<std::string>& groups, FieldErrors& errors) {
  for (const auto& g : groups) {
    if (!tx.groups().find(g)) errors.add("groups", "unknown group '" + g + "'");
  }
}

Error email_taken() {
  return Error(ErrorKind::kConflict, "email_taken", "A user with this e-mail already exists.");
}

Group group_from_row(const store::GroupRow& row) {
  return Group{row.id, row.name, row.description, row.created_at};
}

}  // namespace

UserService::UserService(store::Database& db, audit::AuditLog& audit, const Clock& clock)
    : db_(db), audit_(audit), clock_(clock) {}

Result<PreparedUser> UserService::prepare_user(const NewUser& in) const {
  FieldErrors errors;
  const std::string email = lower(in.email);
  if (!is_valid_email(email)) errors.add("email", "must be an e-mail address");
  check_name(in.name, errors);
  check_password(in.password, errors);
  check_roles(in.roles, errors);
  check_slug("function", in.function, true, errors);
  check_slug("region", in.region, true, errors);
  if (!is_valid_language(in.language)) errors.add("language", "must be a language tag like fr-CA");
  check_tags(in.tags, errors);
  if (!errors.empty()) return errors.error();
  const TimePoint now = clock_.now();
  return PreparedUser{store::UserRow{
      new_id(now), email, in.name, hash_password(in.password), unique_sorted(in.roles), in.function,
      unique_sorted(in.groups), in.region, in.language, unique_sorted(in.tags), true, now, now}};
}

Result<User> UserService::insert_user(store::Tx& tx, const std::string& actor,
                                      const PreparedUser& prepared) {
  const store::UserRow& row = prepared.row;
  FieldErrors errors;
  check_groups(tx, row.groups, errors);
  if (!errors.empty()) return errors.error();
  if (tx.users().find_by_email(row.email)) return email_taken();
  tx.users().insert(row);
  audit_.record(tx, {actor,
                     "user.create",
                     "user",
                     row.id,
                     {{"email", row.email}, {"roles", row.roles}, {"groups", row.groups}}});
  return user_from_row(row);
}

Result<User> UserService::create_user(const std::string& actor, const NewUser& in) {
  auto prepared = prepare_user(in);
  if (!prepared) return prepared.error();
  std::optional<Result<User>> result;
  try {
    db_.write([&](store::Tx& tx) { result.emplace(insert_user(tx, actor, *prepared)); });
  } catch (const store::Error& e) {
    // Two creations of the same e-mail racing past the check above.
    if (e.kind() != store::ErrorKind::kUniqueViolation) throw;
    return email_taken();
  }
  return std::move(*result);
}

Result<User> UserService::update_user(const std::string& actor, const std::string& id,
                                      const UserPatch& patch) {
  FieldErrors errors;
  if (patch.name) check_name(*patch.name, errors);
  if (patch.password) check_password(*patch.password, errors);
  if (patch.roles) check_roles(*patch.roles, errors);
  if (patch.function) check_slug("function", *patch.function, true, errors);
  if (patch.region) check_slug("region", *patch.region, true, errors);
  if (patch.language && !is_valid_language(*patch.language)) {
    errors.add("language", "must be a language tag like fr-CA");
  }
  if (patch.tags) check_tags(*patch.tags, errors);
  if (!errors.empty()) return errors.error();
  std::optional<std::string> new_hash;
  if (patch.password) new_hash = hash_password(*patch.password);

  std::optional<Error> refused;
  std::optional<store::UserRow> updated;
  db_.write([&](store::Tx& tx) {
    auto row = tx.users().find(id);
    if (!row) {
      refused = Error(ErrorKind::kNotFound, "not_found", "No such user.");
      return;
    }
    nlohmann::json changed = nlohmann::json::object();
    if (patch.name) row->name = changed["name"] = *patch.name;
    if (new_hash) {
      row->password_hash = *new_hash;
      changed["password"] = "changed";
    }
    if (patch.roles) {
      row->roles = unique_sorted(*patch.roles);
      changed["roles"] = row->roles;
    }
    if (patch.function) row->function = changed["function"] = *patch.function;
    if (patch.groups) {
      row->groups = unique_sorted(*patch.groups);
      check_groups(tx, row->groups, errors);
      changed["groups"] = row->groups;
    }
    if (patch.region) row->region = changed["region"] = *patch.region;
    if (patch.language) row->language = changed["language"] = *patch.language;
    if (patch.tags) {
      row->tags = unique_sorted(*patch.tags);
      changed["tags"] = row->tags;
    }
    if (patch.active) row->active = changed["active"] = *patch.active;
    if (!errors.empty()) {
      refused = errors.error();
      return;
    }
    row->updated_at = clock_.now();
    tx.users().update(*row);
    // A deactivated user, or one whose password changed, is signed out everywhere.
    if (!row->active || new_hash) tx.sessions().remove_for_user(id);
    if (!row->active) tx.tokens().remove_for_user(id);
    std::string action = patch.active && !*patch.active ? "user.deactivate" : "user.update";
    audit_.record(tx, {actor, action, "user", id, {{"changed", changed}}});
    updated = row;
  });
  if (refused) return *refused;
  return user_from_row(*updated);
}

Result<User> UserService::get_user(const std::string& id) {
  auto row = db_.read_value([&](store::Tx& tx) { return tx.users().find(id); });
  if (!row) return Error(ErrorKind::kNotFound, "not_found", "No such user.");
  return user_from_row(*row);
}

UserPage UserService::list_users(const std::optional<std::string>& after_id, int limit) {
  auto rows = db_.read_value([&](store::Tx& tx) { return tx.users().list(after_id, limit + 1); });
  UserPage page;
  for (std::size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    page.users.push_back(user_from_row(rows[i]));
  }
  if (static_cast<int>(rows.size()) > limit) page.next_after = page.users.back().id;
  return page;
}

Result<Group> UserService::insert_group(store::Tx& tx, const std::string& actor,
                                        const std::string& name, const std::string& description) {
  FieldErrors errors;
  if (name.empty() || name.size() > 100) errors.add("name", "must be 1 to 100 characters");
  if (description.size() > 1000) errors.add("description", "must be at most 1000 characters");
  if (!errors.empty()) return errors.error();
  if (tx.groups().find_by_name(name)) {
    return Error(ErrorKind::kConflict, "name_taken", "A group with this name exists.");
  }
  const TimePoint now = clock_.now();
  store::GroupRow row{new_id(now), name, description, now};
  tx.groups().insert(row);
  audit_.record(tx, {actor, "group.create", "group", row.id, {{"name", name}}});
  return group_from_row(row);
}

Result<Group> UserService::create_group(const std::string& actor, const std::string& name,
                                        const std::string& description) {
  std::optional<Result<Group>> result;
  db_.write([&](store::Tx& tx) { result.emplace(insert_group(tx, actor, name, description)); });
  return std::move(*result);
}

std::vector<Group> UserService::list_groups() {
  auto rows = db_.read_value([](store::Tx& tx) { return tx.groups().list(); });
  std::vector<Group> out;
  for (const auto& r : rows)
    out.push_back(group_from_row(r));
  return out;
}

}  // namespace pv::auth
