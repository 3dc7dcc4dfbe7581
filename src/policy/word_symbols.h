// WordSymbols: the words the charter's terms are written with, each given a
// number (a symbol), so that the term matcher works on numbers rather than
// strings. A term word is either exact ("return") or a prefix ("rendement*",
// CHARTER.md "Terms"), and the two get different symbols. A word of the post
// maps to the symbol of the same exact word, if any, and to the symbol of
// every prefix it starts with (the bare prefix included).
//
// Exact words live in an open-addressing table of strings; prefixes in a
// byte trie whose edges are one FlatMap, walked along the post's word.
//
// Built once by the compiler, then read-only: any number of threads may call
// symbols_of() at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "policy/flat_map.h"

namespace pv::policy {

class WordSymbols {
 public:
  // The symbol of an exact word / of a prefix (`word` without its '*'),
  // created on first use.
  std::uint32_t add_exact(std::string_view word);
  std::uint32_t add_prefix(std::string_view prefix);

  // Appends to `out` the symbols a word of the post matches.
  void symbols_of(std::string_view word, std::vector<std::uint32_t>& out) const;

  std::uint32_t size() const { return next_symbol_; }

 private:
  struct Entry {
    std::uint32_t offset = 0;  // in pool_
    std::uint32_t length = 0;
    std::uint32_t symbol = 0;
  };
  static constexpr std::uint32_t kNone = 0xffffffffU;

  // Where `word` is in slots_ or where it would go.
  std::size_t find_slot(std::string_view word, std::size_t hash) const;
  void grow();

  std::string pool_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // entry index, or kNone
  std::size_t mask_ = 0;

  // Prefix trie: node 0 is the root; edges keyed node << 8 | byte.
  FlatMap prefix_edges_;
  std::vector<std::uint32_t> prefix_symbol_ = {kNone};  // per node
  std::uint32_t next_symbol_ = 0;
};

}  // namespace pv::policy
