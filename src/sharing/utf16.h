// UTF-8 to UTF-16 conversions the network counters need: LinkedIn and
// Facebook count UTF-16 code units, and X counts over the text in NFC, walking
// UTF-16 code units as twitter-text does.
//
// Malformed UTF-8 (callers validate input at the edge, so this is a safety
// net) reads as U+FFFD, one per bad byte. Pure: safe to call from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pv::sharing {

std::u16string to_utf16(std::string_view utf8);

// The text in Unicode NFC (utf8proc), as UTF-16.
std::u16string to_nfc_utf16(std::string_view utf8);

// UTF-16 code units of `utf8` as it is (no normalisation).
std::size_t utf16_length(std::string_view utf8);

// The code point at UTF-16 index `i` and how many units it takes (1 or 2; a
// lone surrogate is itself, 1 unit). `i` must be inside `text`.
struct CodePoint {
  char32_t value;
  std::size_t units;
};
CodePoint code_point_at(std::u16string_view text, std::size_t i);

}  // namespace pv::sharing
