// Character classes the detectors share (CHARTER.md, "File"): letters are the
// Unicode categories L*, digits Nd, white space the White_Space property.
// Helpers look at the code point just before or just after a byte offset of a
// UTF-8 string, which is how the detectors test what a match "touches".
//
// Pure functions over utf8proc's tables: safe to call from any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace pv::policy {

// The code point that ends just before byte `pos` (0 when pos is 0), and the
// one that starts at `pos` (0 at the end). Malformed bytes read as U+FFFD.
char32_t code_point_before(std::string_view text, std::size_t pos);
char32_t code_point_at(std::string_view text, std::size_t pos);

bool is_letter(char32_t c);           // L*
bool is_digit(char32_t c);            // Nd
bool is_letter_or_digit(char32_t c);  // L* or Nd
bool is_white_space(char32_t c);      // White_Space
inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
// Bytes the code point takes in UTF-8.
inline std::size_t utf8_size(char32_t c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

// Whether the code point before / at `pos` is a letter or a digit.
bool letter_or_digit_before(std::string_view text, std::size_t pos);
bool letter_or_digit_at(std::string_view text, std::size_t pos);

}  // namespace pv::policy
