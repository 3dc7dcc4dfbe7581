// PatternSet: the charter's patterns (CHARTER.md, "Patterns"), compiled once.
// One RE2::Set finds, in a single pass over the folded text, which patterns
// match anywhere; only those are then run on their own RE2 to find each match
// (leftmost start, then longest, each one after the previous one's end).
//
// Built by the compiler, then read-only: RE2 and RE2::Set are safe to match
// from any number of threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "policy/byte_span.h"
#include "util/result.h"

namespace pv::policy {

class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  // Adds a pattern the loader accepted (the same text twice is one pattern)
  // and returns its number.
  Result<std::uint32_t> add(const std::string& regex);
  // Builds the set; call once, after the last add().
  Status compile();

  std::size_t size() const { return patterns_.size(); }

  // For each pattern, whether it may match `folded` (true for all of them
  // when the set's memory budget runs out: each is then run alone).
  std::vector<bool> candidates(std::string_view folded) const;

  // Every match of one pattern, left to right, not overlapping.
  std::vector<ByteSpan> matches(std::uint32_t pattern, std::string_view folded) const;

 private:
  std::vector<std::string> sources_;
  std::vector<std::unique_ptr<RE2>> patterns_;
  std::unique_ptr<RE2::Set> set_;
};

}  // namespace pv::policy
