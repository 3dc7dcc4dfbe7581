// What one rule makes of its hits (CHARTER.md, "Rules" and "Verdict"): for
// each hit, the first exception that covers it decides (its action, or the
// hit is excused); the rule fires when a hit is left, with the most severe
// action among them, and gives one finding per distinct span and action, in
// the verdict's order (spanless first, then by start and end).
//
// Used by one check, on one thread.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "policy/charter.h"
#include "policy/compiled_expr.h"
#include "policy/engine.h"
#include "policy/hit.h"
#include "policy/original_text.h"
#include "policy/text_scan.h"

namespace pv::policy {

struct RuleOutcome {
  Action action = Action::kAllow;  // kAllow: the rule did not fire
  std::vector<Finding> findings;
};

// The action a hit takes after the rule's exceptions; nullopt when excused.
std::optional<Action> action_after_exceptions(const Hit& hit, const Rule& rule,
                                              const CompiledRule& compiled, const TextScan& scan);

RuleOutcome judge_rule(const Rule& rule, const CompiledRule& compiled, const Hits& hits,
                       const TextScan& scan, OriginalText& original, std::string_view language);

}  // namespace pv::policy
