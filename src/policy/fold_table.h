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

// What a character folded to one byte is to words and breaks, with line
// breaks apart; kNotAscii for the bytes of longer UTF-8 sequences.
enum class FastSymbol : std::uint8_t {
  kNotAscii,
  kWord,
  kSpace,
  kLineBreak,
  kPercent,
  kSentenceEnd,
  kCloser,
  kOther,
};

struct FastChar {
  FastKind kind = FastKind::kDelete;
  CharClass cls = CharClass::kOther;
  FastSymbol symbol = FastSymbol::kOther;  // for kSpace and kByte
  bool starts = true;                      // starts_cluster()
  bool line_break = false;                 // is_line_break()
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
  // What each ASCII character folds to (a space for white space), and its
  // symbol; 256 entries, so that any byte may index them (kNotAscii from 0x80).
  const FastSymbol* ascii_symbols() const { return ascii_symbols_; }
  const char* ascii_folded() const { return ascii_folded_; }
  std::u32string_view complex(const FastChar& c) const { return complex_[c.complex]; }

  // starts_cluster(), from the tables when they cover `c`.
  bool starts(char32_t c) const {
    if (c < 0x80) return true;
    const FastChar* e = find(c);
    return e != nullptr ? e->starts : starts_cluster(c);
  }
  // starts() for the character at q (q < end).
  bool starts_at(const unsigned char* q, const unsigned char* end) const {
    if (*q < 0x80) return true;
    char32_t c;
    decode_utf8(q, end, c);
    return starts(c);
  }

 private:
  void check() const;

  // Latin-1, Latin Extended-A and -B, IPA, spacing modifiers, combining
  // diacritics; then General Punctuation to Number Forms (spaces, dashes,
  // quotes, super- and subscripts, currency signs, letterlike symbols).
  static constexpr char32_t kLatinEnd = 0x0370;
  static constexpr char32_t kPunctBegin = 0x2000;
  static constexpr char32_t kPunctEnd = 0x2190;

  std::vector<FastChar> chars_;
  std::vector<std::u32string> complex_;
  FastSymbol ascii_symbols_[256] = {};
  char ascii_folded_[256] = {};
};

const FastTable& fast_table();

}  // namespace pv::policy::detail
