// Helpers for the folding tests: a FoldedText's words and breaks as plain
// values that GoogleTest prints well.
#pragma once

#include <string>
#include <vector>

#include "policy/fold.h"

namespace pv::policy::testing {

inline std::vector<std::string> words_of(const FoldedText& f) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < f.words().size(); ++i)
    words.emplace_back(f.word(i));
  return words;
}

// The words, each preceded by "| " when a sentence break lies before it.
inline std::vector<std::string> sentences_of(const FoldedText& f) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < f.words().size(); ++i) {
    words.push_back((f.words()[i].break_before ? "| " : "") + std::string(f.word(i)));
  }
  return words;
}

}  // namespace pv::policy::testing
