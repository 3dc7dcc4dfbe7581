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

std::uint32_t TermMatcher::add_child(std::uint32_t node, std::uint32_t symbol) {
  if (node == 0) {
    if (root_child_.size() <= symbol) root_child_.resize(symbol + 1, kNone);
    if (root_child_[symbol] == kNone) root_child_[symbol] = nodes_++;
    return root_child_[symbol];
  }
  const std::uint32_t c = building_.insert(std::uint64_t{node} << 32 | symbol, nodes_);
  if (c == nodes_) {
    edges_.push_back({node, symbol, c});
    ++nodes_;
  }
  return c;
}

std::uint32_t TermMatcher::add_group(std::span<const Term> terms) {
  const auto group = static_cast<std::uint32_t>(max_words_.size());
  max_words_.push_back(0);
  for (const Term& term : terms) {
    max_words_[group] = std::max(max_words_[group], static_cast<std::uint32_t>(term.words.size()));
    std::uint32_t node = 0;
    for (const TermWord& w : term.words) {
      node = add_child(node, w.prefix ? symbols_.add_prefix(w.text) : symbols_.add_exact(w.text));
    }
    ends_.emplace_back(node, group);
  }
  return group;
}

namespace {

// Lays `items` out as runs by node: first[node] .. first[node + 1].
template <class T, class Node>
std::vector<std::uint32_t> runs_by_node(std::vector<T>& items, std::uint32_t nodes, Node node_of) {
  std::vector<std::uint32_t> first(nodes + 1, 0);
  for (const T& item : items)
    ++first[node_of(item) + 1];
  for (std::uint32_t n = 0; n < nodes; ++n)
    first[n + 1] += first[n];
  return first;
}

}  // namespace

void TermMatcher::finish() {
  symbols_.finish();
  root_child_.resize(symbols_.size(), kNone);

  std::sort(edges_.begin(), edges_.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.node, a.symbol) < std::tie(b.node, b.symbol);
  });
  first_child_ = runs_by_node(edges_, nodes_, [](const Edge& e) { return e.node; });
  child_symbol_.clear();
  child_node_.clear();
  edge_filter_.reset(edges_.size());
  for (const Edge& e : edges_) {
    edge_filter_.add(std::uint64_t{e.node} << 32 | e.symbol);
    child_symbol_.push_back(e.symbol);
    child_node_.push_back(e.child);
  }

  // A group ends at a node once, however many of its terms end there.
  std::sort(ends_.begin(), ends_.end());
  ends_.erase(std::unique(ends_.begin(), ends_.end()), ends_.end());
  first_group_ = runs_by_node(ends_, nodes_, [](const auto& e) { return e.first; });
  group_.clear();
  for (const auto& e : ends_)
    group_.push_back(e.second);

  edges_ = {};
  ends_ = {};
}

std::uint32_t TermMatcher::child(std::uint32_t node, std::uint32_t symbol) const {
  const std::uint32_t* first = child_symbol_.data() + first_child_[node];
  const std::uint32_t* last = child_symbol_.data() + first_child_[node + 1];
  const std::uint32_t* it = first;
  // A handful of children: a plain scan. Many (the first word of many
  // terms): the hash of every edge.
  if (last - first > 8) {
    const std::uint64_t key = std::uint64_t{node} << 32 | symbol;
    if (!edge_filter_.may_contain(key)) return kNone;
    const auto c = building_.find(key);
    return c ? *c : kNone;
  }
  while (it != last && *it < symbol)
    ++it;
  if (it == last || *it != symbol) return kNone;
  return child_node_[static_cast<std::size_t>(it - child_symbol_.data())];
}

// Emits the groups ending at `node` (the words first..last), then follows
// every edge the next word's symbols allow, unless a sentence break comes first.
void TermMatcher::walk(std::uint32_t node, std::uint32_t first, std::uint32_t last,
                       const FoldedText& text, std::span<const std::uint32_t> symbol_start,
                       std::span<const std::uint32_t> symbols, std::vector<TermHit>& out) const {
  for (std::uint32_t k = first_group_[node]; k < first_group_[node + 1]; ++k)
    out.push_back({group_[k], first, last});
  const std::uint32_t next = last + 1;
  if (first_child_[node] == first_child_[node + 1] || next >= text.words().size() ||
      text.words()[next].break_before) {
    return;
  }
  for (std::uint32_t k = symbol_start[next]; k < symbol_start[next + 1]; ++k) {
    const std::uint32_t c = child(node, symbols[k]);
    if (c != kNone) walk(c, first, next, text, symbol_start, symbols, out);
  }
}

TermHits TermMatcher::match(const FoldedText& text) const {
  const auto n = static_cast<std::uint32_t>(text.words().size());
  std::vector<std::uint32_t> symbols;
  symbols.reserve(n / 4 + 16);
  std::vector<std::uint32_t> symbol_start(n + 1);
  for (std::uint32_t i = 0; i < n; ++i) {
    symbol_start[i] = static_cast<std::uint32_t>(symbols.size());
    symbols_.symbols_of(text.word(i), symbols);
  }
  symbol_start[n] = static_cast<std::uint32_t>(symbols.size());

  std::vector<TermHit> out;
  for (std::uint32_t i = 0; i < n; ++i) {
    for (std::uint32_t k = symbol_start[i]; k < symbol_start[i + 1]; ++k) {
      const std::uint32_t c = root_child_[symbols[k]];
      if (c != kNone) walk(c, i, i, text, symbol_start, symbols, out);
    }
  }
  return TermHits(std::move(out));
}

}  // namespace pv::policy
