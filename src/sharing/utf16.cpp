#include "sharing/utf16.h"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace pv::sharing {
namespace {

// Calls `emit` with each code point of `utf8`, U+FFFD for each bad byte.
template <class Emit>
void for_each_code_point(std::string_view utf8, Emit&& emit) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  std::size_t i = 0;
  while (i < utf8.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(utf8.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      emit(U'\uFFFD');
      ++i;
    } else {
      emit(static_cast<char32_t>(cp));
      i += static_cast<std::size_t>(n);
    }
  }
}

void append_utf16(std::u16string& out, char32_t c) {
  if (c < 0x10000) {
    out.push_back(static_cast<char16_t>(c));
  } else {
    c -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
  }
}

}  // namespace

std::u16string to_utf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  for_each_code_point(utf8, [&](char32_t c) { append_utf16(out, c); });
  return out;
}

std::u16string to_nfc_utf16(std::string_view utf8) {
  // Re-encode first so that utf8proc sees well-formed input only.
  std::string clean;
  clean.reserve(utf8.size());
  for_each_code_point(utf8, [&](char32_t c) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    clean.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  });
  utf8proc_uint8_t* mapped = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                              static_cast<utf8proc_ssize_t>(clean.size()), &mapped,
                              static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  if (n < 0) return to_utf16(clean);  // cannot happen on well-formed input
  return to_utf16(
      std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n)));
}

std::size_t utf16_length(std::string_view utf8) {
  std::size_t units = 0;
  for_each_code_point(utf8, [&](char32_t c) { units += c < 0x10000 ? 1 : 2; });
  return units;
}

CodePoint code_point_at(std::u16string_view text, std::size_t i) {
  const char16_t c = text[i];
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
      text[i + 1] <= 0xDFFF) {
    return {0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (text[i + 1] - 0xDC00), 2};
  }
  return {c, 1};
}

}  // namespace pv::sharing
