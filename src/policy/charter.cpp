// The small helpers of the charter model: names of its enums, globs over
// rule ids, language subtags.
#include "policy/charter.h"

#include <array>
#include <utility>

namespace pv::policy {
namespace {

template <class E, std::size_t N>
std::optional<E> find_name(const std::array<std::pair<std::string_view, E>, N>& names,
                           std::string_view name) {
  for (const auto& [text, value] : names) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<std::string_view, E>, N>& names, E value) {
  for (const auto& [text, v] : names) {
    if (v == value) return text;
  }
  return {};
}

constexpr std::array<std::pair<std::string_view, Action>, 5> kActions = {{
    {"allow", Action::kAllow},
    {"warn", Action::kWarn},
    {"flag", Action::kFlag},
    {"review", Action::kReview},
    {"block", Action::kBlock},
}};

constexpr std::array<std::pair<std::string_view, Origin>, 3> kOrigins = {{
    {"library", Origin::kLibrary},
    {"edited", Origin::kEdited},
    {"original", Origin::kOriginal},
}};

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string_view to_string(Action action) {
  return name_of(kActions, action);
}
std::optional<Action> parse_action(std::string_view name) {
  return find_name(kActions, name);
}
std::string_view to_string(Origin origin) {
  return name_of(kOrigins, origin);
}
std::optional<Origin> parse_origin(std::string_view name) {
  return find_name(kOrigins, name);
}

const std::string& LocalizedText::in(std::string_view language_tag) const {
  if (fr && primary_language(language_tag) == "fr") return *fr;
  return en;
}

std::string primary_language(std::string_view language_tag) {
  std::string primary;
  for (char c : language_tag) {
    if (c == '-' || c == '_') break;
    primary.push_back(ascii_lower(c));
  }
  return primary;
}

// Iterative wildcard matching with one backtrack point: linear in practice,
// and never worse than |glob| * |id| (both are short).
bool glob_matches(std::string_view glob, std::string_view rule_id) {
  std::size_t g = 0;
  std::size_t r = 0;
  std::size_t star = std::string_view::npos;  // position of the last '*' seen
  std::size_t resume = 0;                     // where that '*' resumes in rule_id
  while (r < rule_id.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = r;
    } else if (g < glob.size() && glob[g] == rule_id[r]) {
      ++g;
      ++r;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      r = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*')
    ++g;
  return g == glob.size();
}

}  // namespace pv::policy
