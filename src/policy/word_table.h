// WordTable: a set of short strings (charter words), each with a 32-bit
// value, for the term matcher's lookups of the post's words. Open addressing
// over a flat array whose slots keep part of each string's hash, behind a
// KeyFilter (flat_map.h) of the hashes, so that most strings that are not in
// the table are turned away by one read of a small bit array, and most of the
// others without reading any string.
//
// Built with insert() and finish(); then read-only: any number of threads may
// call find() at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/flat_map.h"

namespace pv::policy {

class WordTable {
 public:
  // The value of `word`, inserting `value` first if the word is new.
  std::uint32_t insert(std::string_view word, std::uint32_t value);
  // Builds the filter; call once, after the last insert().
  void finish();

  std::optional<std::uint32_t> find(std::string_view word) const {
    const std::uint64_t h = hash(word);
    if (!filter_.may_contain(h)) return std::nullopt;
    const Slot& s = slots_[find_slot(word, h)];
    if (s.entry == kNone) return std::nullopt;
    return entries_[s.entry].value;
  }

  std::size_t size() const { return entries_.size(); }

  // The hash of a word (short strings: one or two fixed-size loads and mixes).
  static std::uint64_t hash(std::string_view word);

 private:
  static constexpr std::uint32_t kNone = 0xffffffffU;
  struct Entry {
    std::uint32_t offset = 0;  // in pool_
    std::uint32_t length = 0;
    std::uint32_t value = 0;
  };
  struct Slot {
    std::uint32_t tag = 0;  // the hash's high half
    std::uint32_t entry = kNone;
  };

  // The slot holding `word`, or the empty slot where it would go.
  std::size_t find_slot(std::string_view word, std::uint64_t h) const;
  void grow();

  std::string pool_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_ = std::vector<Slot>(16);
  std::size_t mask_ = 15;
  KeyFilter filter_;
};

}  // namespace pv::policy
