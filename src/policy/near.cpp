#include "policy/near.h"

#include <algorithm>

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

// Folded characters strictly between two byte spans; 0 when they touch or
// overlap.
std::uint64_t char_distance(const Hit& x, const Hit& y, std::string_view folded) {
  if (x.end <= y.begin) return code_points_between(folded, x.end, y.begin);
  if (y.end <= x.begin) return code_points_between(folded, y.end, x.begin);
  return 0;
}

}  // namespace

Hits near_keywords(const Hits& finds, const Hits& keywords, std::uint64_t within_chars,
                   std::string_view folded) {
  Hits out;
  for (const Hit& f : finds) {
    for (const Hit& k : keywords) {
      // Bytes are at least as many as characters, and at most four times as many.
      const std::uint64_t gap = f.end <= k.begin   ? k.begin - f.end
                                : k.end <= f.begin ? f.begin - k.end
                                                   : 0;
      if (gap / 4 > within_chars) continue;
      if (gap <= within_chars || char_distance(f, k, folded) <= within_chars) {
        out.push_back(f);
        break;
      }
    }
  }
  return out;
}

}  // namespace pv::policy
