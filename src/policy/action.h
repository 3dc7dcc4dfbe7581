// What a rule does when it fires (CHARTER.md, "Rules"), ordered by severity so
// that the verdict is the maximum: allow < warn < flag < review < block.
// `kAllow` is only a verdict; a rule's or an exception's action is never it.
//
// Plain values: safe from any thread.
#pragma once

#include <optional>
#include <string_view>

namespace pv::policy {

enum class Action { kAllow, kWarn, kFlag, kReview, kBlock };

// "allow", "warn", "flag", "review", "block".
std::string_view to_string(Action action);
// The inverse of to_string (exact, lower case); nullopt for anything else.
std::optional<Action> parse_action(std::string_view name);

// The more severe of two actions (enum order is severity order).
constexpr Action most_severe(Action a, Action b) {
  return a < b ? b : a;
}

}  // namespace pv::policy
