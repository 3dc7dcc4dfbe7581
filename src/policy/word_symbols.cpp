#include "policy/word_symbols.h"

#include <algorithm>

namespace pv::policy {

std::uint32_t WordSymbols::add_exact(std::string_view word) {
  const std::uint32_t symbol = exact_.insert(word, next_symbol_);
  if (symbol == next_symbol_) ++next_symbol_;
  return symbol;
}

std::uint32_t WordSymbols::add_prefix(std::string_view prefix) {
  const std::uint32_t symbol = prefixes_.insert(prefix, next_symbol_);
  if (symbol == next_symbol_) {
    ++next_symbol_;
    const auto length = static_cast<std::uint32_t>(prefix.size());
    const auto at = std::lower_bound(prefix_lengths_.begin(), prefix_lengths_.end(), length);
    if (at == prefix_lengths_.end() || *at != length) prefix_lengths_.insert(at, length);
  }
  return symbol;
}

void WordSymbols::finish() {
  exact_.finish();
  prefixes_.finish();
}

void WordSymbols::symbols_of(std::string_view word, std::vector<std::uint32_t>& out) const {
  if (const auto s = exact_.find(word)) out.push_back(*s);
  for (const std::uint32_t length : prefix_lengths_) {
    if (length > word.size()) break;
    if (const auto s = prefixes_.find(word.substr(0, length))) out.push_back(*s);
  }
}

}  // namespace pv::policy
