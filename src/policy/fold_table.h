// The fast path's tables: how each character of the Latin and punctuation
// blocks folds when it makes a cluster by itself, computed once from
// fold_cluster() (so the fast path cannot disagree with utf8proc on them).
// Internal to src/policy/.
//
// Built on first use (a function-local static: thread-safe), then read-only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "policy/fold_unicode.h"

namespace pv::policy::detail {

enum class FastKind : std::uint8_t {
  kDelete,   // folds to nothing (format characters)
  kSpace,    // folds to " "
  kByte,     // folds to one ASCII character, bytes[0], of class cls
  kUnit,     // folds to bytes[0, size): one character of class cls, or letters and digits
  kComplex,  // anything else: FastTable::complex() holds what it folds to
};

struct FastChar {
  FastKind kind = FastKind::kDelete;
  CharClass cls = CharClass::kOther;
  bool starts = true;       // starts_cluster()
  bool line_break = false;  // is_line_break()
  std::uint8_t size = 0;
  char bytes[7] = {};
  std::uint32_t complex = 0;
};

class FastTable {
 public:
  FastTable();

  // The entry for `c`, or nullptr when the tables do not cover it.
  const FastChar* find(char32_t c) const {
    if (c < kLatinEnd) return &chars_[c];
    if (c - kPunctBegin < kPunctEnd - kPunctBegin) return &chars_[kLatinEnd + c - kPunctBegin];
    return nullptr;
  }
  const FastChar& ascii(unsigned char c) const { return chars_[c]; }
  // An ASCII letter or digit, and what it folds to.
  bool is_word_byte(unsigned char c) const { return word_byte_[c]; }
  const char* lower() const { return lower_; }
  std::u32string_view complex(const FastChar& c) const { return complex_[c.complex]; }

  // starts_cluster(), from the tables when they cover `c`.
  bool starts(char32_t c) const {
    if (c < 0x80) return true;
    const FastChar* e = find(c);
    return e != nullptr ? e->starts : starts_cluster(c);
  }

 private:
  // Latin-1, Latin Extended-A and -B, IPA, spacing modifiers, combining
  // diacritics; then General Punctuation to Number Forms (spaces, dashes,
  // quotes, super- and subscripts, currency signs, letterlike symbols).
  static constexpr char32_t kLatinEnd = 0x0370;
  static constexpr char32_t kPunctBegin = 0x2000;
  static constexpr char32_t kPunctEnd = 0x2190;

  std::vector<FastChar> chars_;
  std::vector<std::u32string> complex_;
  bool word_byte_[256] = {};
  char lower_[256] = {};
};

const FastTable& fast_table();

}  // namespace pv::policy::detail
