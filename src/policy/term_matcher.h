// TermMatcher: every term of a charter compiled once into one word-level
// trie, matched against a post in one pass over its folded words (CHARTER.md,
// "Terms"). Terms come in groups (the terms of one expression, of one
// exception, of one detector's keywords); a check returns, for each group,
// every occurrence of any of its terms as a run of words.
//
// The trie's edges are keyed by (node, symbol), symbols being the charter's
// words (word_symbols.h); a word of the post may carry several symbols (the
// exact word and each prefix it starts with), so the walk from a word follows
// every edge they allow. A term matches consecutive words with no sentence
// break between them.
//
// Built by the compiler, then read-only: any number of threads may call
// match() at once.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "policy/flat_map.h"
#include "policy/fold.h"
#include "policy/term.h"
#include "policy/word_symbols.h"

namespace pv::policy {

// One occurrence of a term of a group: words first to last.
struct TermHit {
  std::uint32_t group = 0;
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  bool operator==(const TermHit&) const = default;
};

// A check's term occurrences, by group; each group's in word order, without
// duplicates (two terms of a group on the same words are one occurrence).
class TermHits {
 public:
  explicit TermHits(std::vector<TermHit> hits);
  std::span<const TermHit> of(std::uint32_t group) const;
  bool any(std::uint32_t group) const { return !of(group).empty(); }

 private:
  std::vector<TermHit> hits_;  // by group, first, last
};

class TermMatcher {
 public:
  TermMatcher();

  // Adds a group of terms and returns its number (0, 1, 2, ...).
  std::uint32_t add_group(std::span<const Term> terms);

  TermHits match(const FoldedText& text) const;

 private:
  std::uint32_t child(std::uint32_t node, std::uint32_t symbol);
  void walk(std::uint32_t node, std::uint32_t first, std::uint32_t last, const FoldedText& text,
            std::span<const std::uint32_t> symbol_start, std::span<const std::uint32_t> symbols,
            std::vector<TermHit>& out) const;

  WordSymbols symbols_;
  FlatMap edges_;  // node << 32 | symbol -> node; node 0 is the root
  std::vector<std::vector<std::uint32_t>> groups_at_;  // per node: groups whose term ends here
  std::vector<bool> has_children_;                     // per node
  std::uint32_t group_count_ = 0;
};

}  // namespace pv::policy
