#include "auth/user.h"

#include "util/time.h"

namespace pv::auth {

User user_from_row(const store::UserRow& row) {
  User u;
  u.id = row.id;
  u.email = row.email;
  u.name = row.name;
  for (const auto& name : row.roles) {
    if (auto role = parse_role(name)) u.roles.add(*role);
  }
  u.function = row.function;
  u.groups = row.groups;
  u.region = row.region;
  u.language = row.language;
  u.tags = row.tags;
  u.active = row.active;
  u.created_at = row.created_at;
  u.updated_at = row.updated_at;
  return u;
}

nlohmann::json user_json(const User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"name", u.name},
          {"roles", u.roles.names()},
          {"function", u.function},
          {"groups", u.groups},
          {"region", u.region},
          {"language", u.language},
          {"tags", u.tags},
          {"active", u.active},
          {"created_at", format_time(u.created_at)},
          {"updated_at", format_time(u.updated_at)}};
}

}  // namespace pv::auth
