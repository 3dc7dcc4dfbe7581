// Field rules for accounts, shared by creation and changes.
#pragma once

#include <string>
#include <vector>

#include "util/error.h"

namespace pv::auth {

bool is_valid_email(const std::string& email);
// BCP 47 in the simple form the product uses: "fr", "fr-CA", "en-US".
bool is_valid_language(const std::string& tag);

void check_name(const std::string& name, FieldErrors& errors);
void check_password(const std::string& password, FieldErrors& errors);
void check_roles(const std::vector<std::string>& roles, FieldErrors& errors);
// Short identifiers: function, region, tags: 1 to 64 of [A-Za-z0-9_.-].
void check_slug(const std::string& field, const std::string& value, bool allow_empty,
                FieldErrors& errors);
void check_tags(const std::vector<std::string>& tags, FieldErrors& errors);

}  // namespace pv::auth
