#include "http/route_pattern.h"

#include <algorithm>

namespace pv::http {
namespace {

bool is_name(std::string_view s) {
  if (s.empty()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!alpha(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) { return alpha(c) || digit(c); });
}

pv::Error bad(std::string_view pattern, std::string_view why) {
  return pv::Error(pv::ErrorKind::kInternal, "bad_route_pattern",
                   "route pattern '" + std::string(pattern) + "': " + std::string(why));
}

}  // namespace

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

pv::Result<std::vector<PatternSegment>> parse_route_pattern(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '/') return bad(pattern, "must start with '/'");
  std::vector<PatternSegment> out;
  std::vector<std::string> names;
  auto parts = split_path(pattern);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    bool opens = part.find('{') != std::string_view::npos;
    bool closes = part.find('}') != std::string_view::npos;
    if (!opens && !closes) {
      out.push_back({PatternSegment::Kind::kLiteral, std::string(part)});
      continue;
    }
    if (part.size() < 3 || part.front() != '{' || part.back() != '}') {
      return bad(pattern, "a parameter must span a whole segment");
    }
    std::string_view inner = part.substr(1, part.size() - 2);
    PatternSegment segment{PatternSegment::Kind::kParam, ""};
    if (inner.front() == '*') {
      if (i + 1 != parts.size()) return bad(pattern, "the wildcard must be the last segment");
      segment.kind = PatternSegment::Kind::kWildcard;
      inner.remove_prefix(1);
    }
    if (!is_name(inner)) return bad(pattern, "bad parameter name");
    if (std::find(names.begin(), names.end(), inner) != names.end()) {
      return bad(pattern, "parameter name used twice");
    }
    names.emplace_back(inner);
    segment.text = std::string(inner);
    out.push_back(std::move(segment));
  }
  return out;
}

bool is_route_method(std::string_view method) {
  return !method.empty() &&
         std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace pv::http
