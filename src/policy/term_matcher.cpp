#include "policy/term_matcher.h"

#include <algorithm>
#include <tuple>

namespace pv::policy {

TermHits::TermHits(std::vector<TermHit> hits) : hits_(std::move(hits)) {
  const auto order = [](const TermHit& a, const TermHit& b) {
    return std::tie(a.group, a.first, a.last) < std::tie(b.group, b.first, b.last);
  };
  std::sort(hits_.begin(), hits_.end(), order);
  hits_.erase(std::unique(hits_.begin(), hits_.end()), hits_.end());
}

std::span<const TermHit> TermHits::of(std::uint32_t group) const {
  const auto lo = std::partition_point(hits_.begin(), hits_.end(),
                                       [group](const TermHit& h) { return h.group < group; });
  const auto hi =
      std::partition_point(lo, hits_.end(), [group](const TermHit& h) { return h.group == group; });
  return {lo, hi};
}

TermMatcher::TermMatcher() : groups_at_(1), has_children_(1, false) {}

std::uint32_t TermMatcher::child(std::uint32_t node, std::uint32_t symbol) {
  const auto next = static_cast<std::uint32_t>(groups_at_.size());
  const std::uint32_t c = edges_.insert(std::uint64_t{node} << 32 | symbol, next);
  if (c == next) {
    groups_at_.emplace_back();
    has_children_.push_back(false);
    has_children_[node] = true;
  }
  return c;
}

std::uint32_t TermMatcher::add_group(std::span<const Term> terms) {
  const std::uint32_t group = group_count_++;
  for (const Term& term : terms) {
    std::uint32_t node = 0;
    for (const TermWord& w : term.words) {
      node = child(node, w.prefix ? symbols_.add_prefix(w.text) : symbols_.add_exact(w.text));
    }
    auto& groups = groups_at_[node];
    if (groups.empty() || groups.back() != group) groups.push_back(group);
  }
  return group;
}

// Emits the groups ending at `node` (the words first..last), then follows
// every edge the next word's symbols allow, unless a sentence break comes first.
void TermMatcher::walk(std::uint32_t node, std::uint32_t first, std::uint32_t last,
                       const FoldedText& text, std::span<const std::uint32_t> symbol_start,
                       std::span<const std::uint32_t> symbols, std::vector<TermHit>& out) const {
  for (const std::uint32_t g : groups_at_[node])
    out.push_back({g, first, last});
  const std::uint32_t next = last + 1;
  if (!has_children_[node] || next >= text.words().size() || text.words()[next].break_before) {
    return;
  }
  for (std::uint32_t k = symbol_start[next]; k < symbol_start[next + 1]; ++k) {
    if (const auto c = edges_.find(std::uint64_t{node} << 32 | symbols[k])) {
      walk(*c, first, next, text, symbol_start, symbols, out);
    }
  }
}

TermHits TermMatcher::match(const FoldedText& text) const {
  const auto n = static_cast<std::uint32_t>(text.words().size());
  std::vector<std::uint32_t> symbols;
  std::vector<std::uint32_t> symbol_start(n + 1);
  for (std::uint32_t i = 0; i < n; ++i) {
    symbol_start[i] = static_cast<std::uint32_t>(symbols.size());
    symbols_.symbols_of(text.word(i), symbols);
  }
  symbol_start[n] = static_cast<std::uint32_t>(symbols.size());

  std::vector<TermHit> out;
  for (std::uint32_t i = 0; i < n; ++i) {
    for (std::uint32_t k = symbol_start[i]; k < symbol_start[i + 1]; ++k) {
      if (const auto c = edges_.find(symbols[k])) walk(*c, i, i, text, symbol_start, symbols, out);
    }
  }
  return TermHits(std::move(out));
}

}  // namespace pv::policy
