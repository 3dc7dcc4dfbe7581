#include "policy/word_table.h"

#include <cstring>

namespace pv::policy {
namespace {

std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

}  // namespace

// Fixed-size loads whatever the length (the first and last bytes, overlapping
// when the word is short), so that short words, nearly all of them, cost a
// few instructions and no loop.
std::uint64_t WordTable::hash(std::string_view word) {
  const char* p = word.data();
  const std::size_t n = word.size();
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xff51afd7ed558ccdULL);
  std::uint64_t v = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      h = (h ^ load(p + i, 8)) * 0xc4ceb9fe1a85ec53ULL;
      h ^= h >> 29;
    }
    v = load(p + n - 8, 8);
  } else if (n >= 4) {
    v = load(p, 4) | load(p + n - 4, 4) << 32;
  } else if (n > 0) {
    v = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
        static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  return FlatMap::mix(h ^ v);
}

std::size_t WordTable::find_slot(std::string_view word, std::uint64_t h) const {
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.entry == kNone) return i;
    if (s.tag != tag) continue;
    const Entry& e = entries_[s.entry];
    if (std::string_view(pool_).substr(e.offset, e.length) == word) return i;
  }
}

void WordTable::grow() {
  slots_.assign(slots_.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (std::uint32_t e = 0; e < entries_.size(); ++e) {
    const auto word = std::string_view(pool_).substr(entries_[e].offset, entries_[e].length);
    const std::uint64_t h = hash(word);
    slots_[find_slot(word, h)] = Slot{static_cast<std::uint32_t>(h >> 32), e};
  }
}

std::uint32_t WordTable::insert(std::string_view word, std::uint32_t value) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash(word);
  Slot& slot = slots_[find_slot(word, h)];
  if (slot.entry != kNone) return entries_[slot.entry].value;
  slot = Slot{static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(entries_.size())};
  entries_.push_back(
      {static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(word.size()), value});
  pool_ += word;
  return value;
}

void WordTable::finish() {
  filter_.reset(entries_.size());
  for (const Entry& e : entries_)
    filter_.add(hash(std::string_view(pool_).substr(e.offset, e.length)));
}

}  // namespace pv::policy
