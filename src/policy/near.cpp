#include "policy/near.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace pv::policy {

Hits near_pairs(const Hits& a, const Hits& b, std::uint64_t within) {
  Hits out;
  if (a.empty() || b.empty()) return out;
  // b by first word; a b hit ending at least `reach` words before an a hit
  // starts, or starting after it ends, is too far. Since no b hit is longer
  // than `longest`, one that starts before first - within - 1 - longest ends
  // too early for this a hit and for every later one.
  Hits bs = b;
  std::sort(bs.begin(), bs.end(), [](const Hit& x, const Hit& y) { return x.first < y.first; });
  Hits as = a;
  std::sort(as.begin(), as.end(), [](const Hit& x, const Hit& y) { return x.first < y.first; });
  std::uint64_t longest = 0;
  for (const Hit& h : bs)
    longest = std::max<std::uint64_t>(longest, h.last - h.first);
  std::size_t lo = 0;
  for (const Hit& x : as) {
    while (lo < bs.size() && std::uint64_t{bs[lo].first} + longest + within + 1 < x.first)
      ++lo;
    for (std::size_t k = lo; k < bs.size(); ++k) {
      const Hit& y = bs[k];
      if (y.first > std::uint64_t{x.last} + within + 1) break;
      if (word_distance(x, y) <= within) out.push_back(hit_union(x, y));
    }
  }
  normalize(out);
  return out;
}

std::uint64_t code_points_between(std::string_view folded, std::uint32_t begin, std::uint32_t end) {
  std::uint64_t n = 0;
  for (std::uint32_t i = begin; i < end; ++i) {
    if ((static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

namespace {

// The code points in [begin, end), or any number above `cap` when there are
// more than `cap` (without counting them: bytes are at most four per code point).
std::uint64_t capped_code_points(std::string_view folded, std::uint32_t begin, std::uint32_t end,
                                 std::uint64_t cap) {
  if ((end - begin) / 4 > cap) return cap + 1;
  return code_points_between(folded, begin, end);
}

}  // namespace

Hits near_keywords(const Hits& finds, const Hits& keywords, std::uint64_t within_chars,
                   std::string_view folded) {
  // Keywords come by start; reach[i] is the furthest end among the first i.
  // For a find, the keywords that start before it ends either reach into it
  // (distance 0) or end before it, the one reaching furthest being closest;
  // of those that start after it, the first is closest.
  std::vector<std::uint32_t> reach(keywords.size() + 1, 0);
  for (std::size_t i = 0; i < keywords.size(); ++i)
    reach[i + 1] = std::max(reach[i], keywords[i].end);
  Hits out;
  for (const Hit& f : finds) {
    const auto after = std::partition_point(keywords.begin(), keywords.end(),
                                            [&](const Hit& k) { return k.begin < f.end; });
    const auto before = static_cast<std::size_t>(after - keywords.begin());
    std::optional<std::uint64_t> best;
    if (before > 0) {
      best = reach[before] >= f.begin
                 ? 0
                 : capped_code_points(folded, reach[before], f.begin, within_chars);
    }
    if (after != keywords.end()) {
      const std::uint64_t d = capped_code_points(folded, f.end, after->begin, within_chars);
      if (!best || d < *best) best = d;
    }
    if (best && *best <= within_chars) out.push_back(f);
  }
  return out;
}

}  // namespace pv::policy
