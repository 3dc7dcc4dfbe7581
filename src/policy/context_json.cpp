// parse_context (engine.h): the check's context from its JSON form.
#include <cmath>

#include "policy/engine.h"

namespace pv::policy {
namespace {

using Json = nlohmann::json;

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

Error wrong(const std::string& key, const std::string& reason) {
  return Error::invalid_field("context." + key, reason);
}

// A non-negative integer, written with or without a zero fraction.
std::optional<std::int64_t> count_of(const Json& v) {
  if (v.is_number_unsigned()) {
    const auto n = v.get<std::uint64_t>();
    if (n <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(n);
    return std::nullopt;
  }
  if (v.is_number_integer()) {
    const auto n = v.get<std::int64_t>();
    return n >= 0 ? std::optional(n) : std::nullopt;
  }
  if (v.is_number_float()) {
    const double d = v.get<double>();
    if (d >= 0 && d < 9.2e18 && std::floor(d) == d) return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

}  // namespace

Result<CheckContext> parse_context(const Json& context) {
  if (!context.is_object()) {
    return Error::invalid_field("context", "must be an object");
  }
  CheckContext out;
  const auto string_at = [&](const char* key,
                             std::optional<std::string>& into) -> std::optional<Error> {
    const auto it = context.find(key);
    if (it == context.end()) return std::nullopt;
    if (!it->is_string()) return wrong(key, "must be a string");
    into = it->get<std::string>();
    return std::nullopt;
  };
  std::optional<std::string> network, origin;
  for (const auto& [key, into] :
       {std::pair<const char*, std::optional<std::string>*>{"network", &network},
        {"language", &out.language},
        {"region", &out.region},
        {"role", &out.role},
        {"origin", &origin},
        {"approved_text", &out.approved_text}}) {
    if (auto e = string_at(key, *into)) return *e;
  }
  if (network) {
    out.network = parse_network(lower(*network));
    if (!out.network) return wrong("network", "must be one of linkedin, x, facebook");
  }
  if (origin) {
    out.origin = parse_origin(lower(*origin));
    if (!out.origin) return wrong("origin", "must be one of library, edited, original");
  }
  if (const auto it = context.find("tags"); it != context.end()) {
    if (!it->is_array()) return wrong("tags", "must be an array of strings");
    std::vector<std::string> tags;
    for (const Json& t : *it) {
      if (!t.is_string()) return wrong("tags", "must be an array of strings");
      tags.push_back(t.get<std::string>());
    }
    out.tags = std::move(tags);
  }
  if (const auto it = context.find("shares_today"); it != context.end()) {
    out.shares_today = count_of(*it);
    if (!out.shares_today) return wrong("shares_today", "must be a non-negative integer");
  }
  if (const auto it = context.find("promotional_share"); it != context.end()) {
    if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 1) {
      return wrong("promotional_share", "must be a number from 0 to 1");
    }
    out.promotional_share = it->get<double>();
  }
  return out;
}

}  // namespace pv::policy
