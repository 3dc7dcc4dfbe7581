#include "auth/roles.h"

namespace pv::auth {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kAdvisor: return "advisor";
    case Role::kMarketing: return "marketing";
    case Role::kCompliance: return "compliance";
    case Role::kAdmin: return "admin";
  }
  return "";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role r : kAllRoles) {
    if (role_name(r) == name) return r;
  }
  return std::nullopt;
}

std::vector<std::string> RoleSet::names() const {
  std::vector<std::string> out;
  for (Role r : kAllRoles) {
    if (has(r)) out.emplace_back(role_name(r));
  }
  return out;
}

}  // namespace pv::auth
