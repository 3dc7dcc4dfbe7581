// A user as the domain sees it, and its JSON form for the API (never with the
// password hash).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/roles.h"
#include "store/users.h"

namespace pv::auth {

struct User {
  std::string id;
  std::string email;
  std::string name;
  RoleSet roles;
  std::string function;  // the job the charter's `role` scope sees: advisor, banker...
  std::vector<std::string> groups;
  std::string region;
  std::string language;
  std::vector<std::string> tags;
  bool active = true;
  TimePoint created_at;
  TimePoint updated_at;
};

User user_from_row(const store::UserRow& row);
// The public fields, as API.md lists them for users.
nlohmann::json user_json(const User& user);

}  // namespace pv::auth
