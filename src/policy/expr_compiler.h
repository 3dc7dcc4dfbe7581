// Compiles a rule of a loaded charter into its CompiledRule, registering its
// terms with the TermMatcher and its patterns with the PatternSet.
//
// One compiler per compilation, on one thread.
#pragma once

#include "policy/charter.h"
#include "policy/compiled_expr.h"
#include "policy/pattern_set.h"
#include "policy/term_matcher.h"
#include "util/result.h"

namespace pv::policy {

Result<CompiledRule> compile_rule(const Rule& rule, TermMatcher& terms, PatternSet& patterns);

}  // namespace pv::policy
