#include "policy/word_symbols.h"

#include <functional>

namespace pv::policy {
namespace {

std::size_t hash_of(std::string_view word) {
  return std::hash<std::string_view>{}(word);
}

}  // namespace

std::size_t WordSymbols::find_slot(std::string_view word, std::size_t hash) const {
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    const std::uint32_t e = slots_[i];
    if (e == kNone) return i;
    const Entry& entry = entries_[e];
    if (std::string_view(pool_).substr(entry.offset, entry.length) == word) return i;
  }
}

void WordSymbols::grow() {
  slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, kNone);
  mask_ = slots_.size() - 1;
  for (std::uint32_t e = 0; e < entries_.size(); ++e) {
    const auto word = std::string_view(pool_).substr(entries_[e].offset, entries_[e].length);
    slots_[find_slot(word, hash_of(word))] = e;
  }
}

std::uint32_t WordSymbols::add_exact(std::string_view word) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t slot = find_slot(word, hash_of(word));
  if (slots_[slot] != kNone) return entries_[slots_[slot]].symbol;
  slots_[slot] = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({static_cast<std::uint32_t>(pool_.size()),
                      static_cast<std::uint32_t>(word.size()), next_symbol_});
  pool_ += word;
  return next_symbol_++;
}

std::uint32_t WordSymbols::add_prefix(std::string_view prefix) {
  std::uint32_t node = 0;
  for (const char c : prefix) {
    const std::uint64_t key = std::uint64_t{node} << 8 | static_cast<unsigned char>(c);
    const auto next = static_cast<std::uint32_t>(prefix_symbol_.size());
    node = prefix_edges_.insert(key, next);
    if (node == next) prefix_symbol_.push_back(kNone);
  }
  if (prefix_symbol_[node] == kNone) prefix_symbol_[node] = next_symbol_++;
  return prefix_symbol_[node];
}

void WordSymbols::symbols_of(std::string_view word, std::vector<std::uint32_t>& out) const {
  if (!entries_.empty()) {
    const std::uint32_t e = slots_[find_slot(word, hash_of(word))];
    if (e != kNone) out.push_back(entries_[e].symbol);
  }
  if (prefix_edges_.size() == 0) return;
  std::uint32_t node = 0;
  for (const char c : word) {
    const auto next = prefix_edges_.find(std::uint64_t{node} << 8 | static_cast<unsigned char>(c));
    if (!next) return;
    node = *next;
    if (prefix_symbol_[node] != kNone) out.push_back(prefix_symbol_[node]);
  }
}

}  // namespace pv::policy
