// The pairing rules of `near` and of detector keywords (CHARTER.md, "Match
// expressions"). Pure functions: safe from any thread.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "policy/hit.h"

namespace pv::policy {

// Each pair of an `a` hit and a `b` hit at a word distance of at most
// `within`, in either order, as the hit spanning both; sorted, no duplicates.
// Hits that overlap or touch are at distance 0, so they pair.
Hits near_pairs(const Hits& a, const Hits& b, std::uint64_t within);

// The finds (spanned hits) with a keyword hit at most `within_chars` folded
// characters away: the code points strictly between the two, 0 when they
// touch or overlap.
Hits near_keywords(const Hits& finds, const Hits& keywords, std::uint64_t within_chars,
                   std::string_view folded);

// The code points of `folded` in [begin, end).
std::uint64_t code_points_between(std::string_view folded, std::uint32_t begin, std::uint32_t end);

}  // namespace pv::policy
