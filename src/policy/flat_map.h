// FlatMap: a hash map from 64-bit keys to 32-bit values with open addressing
// and linear probing, for the term matcher's tables (built once, then read by
// every check). Much faster to probe than std::unordered_map, and it never
// allocates on lookup.
//
// Not thread-safe while being built; any number of threads may call find()
// on one that is no longer changed.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace pv::policy {

class FlatMap {
 public:
  // The value for `key`, inserting `value` first if the key is new.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot* s = probe(key);
    if (!s->used) {
      *s = Slot{key, value, true};
      ++size_;
    }
    return s->value;
  }

  std::optional<std::uint32_t> find(std::uint64_t key) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t i = index(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return std::nullopt;
      if (s.key == key) return s.value;
    }
  }

  std::size_t size() const { return size_; }

  // A 64-bit mix (the finalizer of MurmurHash3): keys built from small
  // numbers spread over the whole table.
  static std::uint64_t mix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
    bool used = false;
  };

  std::size_t index(std::uint64_t key) const { return static_cast<std::size_t>(mix(key)) & mask_; }

  Slot* probe(std::uint64_t key) {
    for (std::size_t i = index(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used || s.key == key) return &s;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.used) insert(s.key, s.value);
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace pv::policy
