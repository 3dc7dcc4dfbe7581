// The context conditions (CHARTER.md, "Match expressions" and "Context"):
// edited_over, shares_today_over, promotional_share_over and language_not.
// Each gives one spanless hit or none; a condition whose context key is
// missing gives none.
//
// Pure functions: safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "policy/engine.h"
#include "policy/expression.h"
#include "policy/fold.h"

namespace pv::policy {

bool holds(const EditedOverExpr& e, const FoldedText& post, const CheckContext& context);
bool holds(const SharesTodayOverExpr& e, const CheckContext& context);
bool holds(const PromotionalShareOverExpr& e, const CheckContext& context);
bool holds(const LanguageNotExpr& e, const CheckContext& context);

// Word-level edit distance (insert, delete, replace each cost 1) between two
// word sequences; stops counting at `cap` (returns `cap` when the distance is
// at least that).
std::size_t word_edit_distance(const std::vector<std::string_view>& a,
                               const std::vector<std::string_view>& b, std::size_t cap);

}  // namespace pv::policy
