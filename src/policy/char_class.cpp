#include "policy/char_class.h"

#include <cstdint>

#include <utf8proc.h>

namespace pv::policy {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

}  // namespace

char32_t code_point_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0 || cp < 0) return kReplacement;
  return static_cast<char32_t>(cp);
}

char32_t code_point_before(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  // Step back over at most three continuation bytes to the lead byte.
  std::size_t start = pos - 1;
  for (int i = 0; i < 3 && start > 0 && is_continuation(static_cast<unsigned char>(text[start]));
       ++i) {
    --start;
  }
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + start);
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(pos - start), &cp);
  if (n <= 0 || cp < 0 || start + static_cast<std::size_t>(n) != pos) return kReplacement;
  return static_cast<char32_t>(cp);
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return true;
    default: return false;
  }
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
}

bool is_letter_or_digit(char32_t c) {
  return is_letter(c) || is_digit(c);
}

bool is_white_space(char32_t c) {
  // The White_Space property is a short, stable list.
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool letter_or_digit_before(std::string_view text, std::size_t pos) {
  return pos > 0 && is_letter_or_digit(code_point_before(text, pos));
}

bool letter_or_digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_letter_or_digit(code_point_at(text, pos));
}

}  // namespace pv::policy
