// Hits (CHARTER.md, "Hits"): what an expression produces while a post is
// checked. A hit covers a run of words of the folded text, first to last, and
// the folded bytes it matched (for the finding's span); a context condition's
// hit has neither (spanless).
//
// Plain values: safe to copy and to use from any thread.
#pragma once

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

namespace pv::policy {

struct Hit {
  std::uint32_t first = 0;  // word indexes, inclusive
  std::uint32_t last = 0;
  std::uint32_t begin = 0;  // folded bytes, end exclusive
  std::uint32_t end = 0;
  bool spanless = false;

  static Hit without_span() { return Hit{0, 0, 0, 0, true}; }

  auto key() const { return std::tie(spanless, first, last, begin, end); }
  bool operator==(const Hit& other) const { return key() == other.key(); }
  // Spanless first, then by words, then by bytes.
  bool operator<(const Hit& other) const {
    return std::make_tuple(!spanless, first, last, begin, end) <
           std::make_tuple(!other.spanless, other.first, other.last, other.begin, other.end);
  }
};

using Hits = std::vector<Hit>;

// The number of words strictly between two word spans; 0 when they overlap
// or touch.
inline std::uint32_t word_distance(std::uint32_t a_first, std::uint32_t a_last,
                                   std::uint32_t b_first, std::uint32_t b_last) {
  if (a_last < b_first) return b_first - a_last - 1;
  if (b_last < a_first) return a_first - b_last - 1;
  return 0;
}

inline std::uint32_t word_distance(const Hit& a, const Hit& b) {
  return word_distance(a.first, a.last, b.first, b.last);
}

// The hit that spans both (a near pair).
inline Hit hit_union(const Hit& a, const Hit& b) {
  return Hit{std::min(a.first, b.first), std::max(a.last, b.last), std::min(a.begin, b.begin),
             std::max(a.end, b.end), false};
}

// Sorts and drops duplicates.
inline void normalize(Hits& hits) {
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
}

}  // namespace pv::policy
