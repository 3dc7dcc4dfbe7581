// WordSymbols: the words the charter's terms are written with, each given a
// number (a symbol), so that the term matcher works on numbers rather than
// strings. A term word is either exact ("return") or a prefix ("rendement*",
// CHARTER.md "Terms"), and the two get different symbols. A word of the post
// maps to the symbol of the same exact word, if any, and to the symbol of
// every prefix it starts with (the bare prefix included).
//
// Exact words and prefixes live in two tables of strings (word_table.h).
// A word of the post is looked up whole, then by each of its beginnings whose
// length some prefix has; each table's filter turns most lookups away without
// a cache miss.
//
// Built once by the compiler (add_*(), then finish()), then read-only: any
// number of threads may call symbols_of() at once.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "policy/word_table.h"

namespace pv::policy {

class WordSymbols {
 public:
  // The symbol of an exact word / of a prefix (`word` without its '*'),
  // created on first use.
  std::uint32_t add_exact(std::string_view word);
  std::uint32_t add_prefix(std::string_view prefix);
  // Readies the filters; call once, after the last add_*().
  void finish();

  // Appends to `out` the symbols a word of the post matches, the exact word's
  // first, then its prefixes' from the shortest. Only after finish().
  void symbols_of(std::string_view word, std::vector<std::uint32_t>& out) const;

  std::uint32_t size() const { return next_symbol_; }

 private:
  WordTable exact_;
  WordTable prefixes_;
  std::vector<std::uint32_t> prefix_lengths_;  // distinct, ascending
  std::uint32_t next_symbol_ = 0;
};

}  // namespace pv::policy
