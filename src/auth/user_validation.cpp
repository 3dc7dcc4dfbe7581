#include "auth/user_validation.h"

#include <regex>

#include "auth/password.h"
#include "auth/roles.h"

namespace pv::auth {
namespace {

bool is_slug(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (unsigned char c : s) {
    if (!std::isalnum(c) && c != '_' && c != '-' && c != '.') return false;
  }
  return true;
}

}  // namespace

bool is_valid_email(const std::string& email) {
  static const std::regex kEmail(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+)");
  return email.size() <= 254 && std::regex_match(email, kEmail);
}

bool is_valid_language(const std::string& tag) {
  static const std::regex kTag(R"([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)");
  return tag.size() <= 35 && std::regex_match(tag, kTag);
}

void check_name(const std::string& name, FieldErrors& errors) {
  if (name.empty() || name.size() > 200) errors.add("name", "must be 1 to 200 characters");
}

void check_password(const std::string& password, FieldErrors& errors) {
  if (password_length(password) < kMinPasswordLength) {
    errors.add("password",
               "must be at least " + std::to_string(kMinPasswordLength) + " characters");
  } else if (password.size() > 1024) {
    errors.add("password", "must be at most 1024 bytes");
  }
}

void check_roles(const std::vector<std::string>& roles, FieldErrors& errors) {
  if (roles.empty()) errors.add("roles", "must name at least one role");
  for (const auto& r : roles) {
    if (!parse_role(r)) {
      errors.add("roles", "unknown role '" + r + "' (advisor, marketing, compliance, admin)");
    }
  }
}

void check_slug(const std::string& field, const std::string& value, bool allow_empty,
                FieldErrors& errors) {
  if (value.empty() && allow_empty) return;
  if (!is_slug(value)) errors.add(field, "must be 1 to 64 of letters, digits, '_', '-', '.'");
}

void check_tags(const std::vector<std::string>& tags, FieldErrors& errors) {
  for (const auto& t : tags)
    check_slug("tags", t, false, errors);
}

}  // namespace pv::auth
