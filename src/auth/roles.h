// The four roles of API.md. A user may hold several; routes name the roles
// they allow (api/routes.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pv::auth {

enum class Role : std::uint8_t { kAdvisor, kMarketing, kCompliance, kAdmin };

inline constexpr Role kAllRoles[] = {Role::kAdvisor, Role::kMarketing, Role::kCompliance,
                                     Role::kAdmin};

std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view name);

class RoleSet {
 public:
  RoleSet() = default;
  RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles)
      add(r);
  }
  void add(Role role) { bits_ |= bit(role); }
  bool has(Role role) const { return (bits_ & bit(role)) != 0; }
  bool intersects(RoleSet other) const { return (bits_ & other.bits_) != 0; }
  bool empty() const { return bits_ == 0; }
  std::vector<std::string> names() const;
  bool operator==(const RoleSet&) const = default;

 private:
  static std::uint8_t bit(Role role) {
    return static_cast<std::uint8_t>(1u << static_cast<int>(role));
  }
  std::uint8_t bits_ = 0;
};

}  // namespace pv::auth
