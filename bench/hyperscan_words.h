// The reference a team would build first for a large lexicon: a whole-word
// matcher made directly of Hyperscan's API. Each term becomes one caseless
// pattern, its folded text between `\b`s (a prefix term's text followed by
// `\w*`: plain_term() in lexicon.h); all of them go into one block-mode
// database, and a post is one scan of its folded text. It reports match ends
// only (no start of match), Hyperscan's fastest mode.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pv::bench {

class HyperscanWords {
 public:
  // Compiles `terms` (as written in a charter; a `*` only at the very end).
  // Throws std::runtime_error with Hyperscan's message when it refuses.
  explicit HyperscanWords(const std::vector<std::string>& terms);
  ~HyperscanWords();
  HyperscanWords(const HyperscanWords&) = delete;
  HyperscanWords& operator=(const HyperscanWords&) = delete;

  // How many matches, of every term, `folded` holds.
  std::size_t count_matches(std::string_view folded) const;

  // The pattern a term becomes ("\\bfonds\\x20valmorex\\w*\\b").
  static std::string pattern(const std::string& term);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pv::bench
