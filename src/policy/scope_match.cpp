#include "policy/scope_match.h"

#include <algorithm>

namespace pv::policy {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [&](char x, char y) { return lower(x) == lower(y); });
}

bool contains_ignoring_case(const std::vector<std::string>& list, std::string_view value) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& s) { return equal_ignoring_case(s, value); });
}

template <class T>
bool contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool scope_matches(const Scope& scope, const CheckContext& context) {
  if (scope.networks && !(context.network && contains(*scope.networks, *context.network))) {
    return false;
  }
  if (scope.origins && !(context.origin && contains(*scope.origins, *context.origin))) {
    return false;
  }
  if (scope.regions &&
      !(context.region && contains_ignoring_case(*scope.regions, *context.region))) {
    return false;
  }
  if (scope.roles && !(context.role && contains_ignoring_case(*scope.roles, *context.role))) {
    return false;
  }
  if (scope.languages &&
      !(context.language && contains(*scope.languages, primary_language(*context.language)))) {
    return false;
  }
  if (scope.tags) {
    if (!context.tags) return false;
    const bool shared =
        std::any_of(context.tags->begin(), context.tags->end(),
                    [&](const std::string& t) { return contains_ignoring_case(*scope.tags, t); });
    if (!shared) return false;
  }
  return true;
}

}  // namespace pv::policy
