// Route patterns for pv::http::Router: "/api/v1/users/{id}", with `{name}` taking
// one non-empty path segment and a final `{*name}` taking the rest of the path
// (zero or more segments, joined by '/'). Pure functions; any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace pv::http {

struct PatternSegment {
  enum class Kind { kLiteral, kParam, kWildcard };
  Kind kind = Kind::kLiteral;
  std::string text;  // the literal, or the parameter's name
};

// Fails (kInternal, "bad_route_pattern") when the pattern does not start with '/',
// a brace does not span a whole segment, a name is not [A-Za-z_][A-Za-z0-9_]*, a
// name repeats, or the wildcard is not last: registration mistakes, found at startup.
pv::Result<std::vector<PatternSegment>> parse_route_pattern(std::string_view pattern);

// "/a/b" -> {"a", "b"}; "/" -> {""}; "/a/" -> {"a", ""}. `path` starts with '/'.
std::vector<std::string_view> split_path(std::string_view path);

// True for an HTTP method token as registered: upper-case letters only.
bool is_route_method(std::string_view method);

}  // namespace pv::http
