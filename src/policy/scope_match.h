// Whether a rule's `scope` or a disclaimer's `when` keys hold in a check's
// context (CHARTER.md, "Context"): every key given must match, and a missing
// context key makes the key that needs it false. Values compare
// case-insensitively (ASCII); languages by their primary subtag.
//
// Pure functions: safe from any thread.
#pragma once

#include "policy/charter.h"
#include "policy/engine.h"

namespace pv::policy {

bool scope_matches(const Scope& scope, const CheckContext& context);

}  // namespace pv::policy
