#include "sharing/x_emoji.h"

#include <utf8proc.h>

#include "sharing/utf16.h"

namespace pv::sharing::x_text {
namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kTextStyle = 0xFE0E;
constexpr char32_t kEmojiStyle = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kCancelTag = 0xE007F;

// The code point at `i`, or U+0000 (0 units) past the end.
CodePoint at(std::u16string_view t, std::size_t i) {
  return i < t.size() ? code_point_at(t, i) : CodePoint{0, 0};
}

bool pictographic(char32_t c) {
  const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC;
}
bool skin_tone(char32_t c) {
  return c >= 0x1F3FB && c <= 0x1F3FF;
}
bool regional_indicator(char32_t c) {
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}
bool tag_spec(char32_t c) {
  return c >= 0xE0020 && c <= 0xE007E;
}
bool keycap_base(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*';
}

// One element of a ZWJ sequence at `i`: its end, or `i` when none.
std::size_t element_end(std::u16string_view t, std::size_t i) {
  const CodePoint base = at(t, i);
  if (base.value == 0xA9 || base.value == 0xAE) {
    return at(t, i + 1).value == kEmojiStyle ? i + 2 : i;
  }
  if (!pictographic(base.value) && !skin_tone(base.value)) return i;
  std::size_t j = i + base.units;
  const CodePoint next = at(t, j);
  if (next.value == kEmojiStyle) {
    j += next.units;
  } else if (skin_tone(next.value) && !skin_tone(base.value)) {
    j += next.units;
  }
  if (tag_spec(at(t, j).value)) {
    std::size_t k = j;
    while (tag_spec(at(t, k).value))
      k += at(t, k).units;
    if (at(t, k).value == kCancelTag) j = k + at(t, k).units;
  }
  return j;
}

}  // namespace

std::size_t emoji_length_at(std::u16string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  const CodePoint first = at(t, i);
  if (keycap_base(first.value)) {
    std::size_t j = i + 1;
    if (at(t, j).value == kEmojiStyle) ++j;
    return at(t, j).value == kKeycap ? j + 1 - i : 0;
  }
  if (regional_indicator(first.value)) {
    const CodePoint second = at(t, i + first.units);
    return regional_indicator(second.value) ? first.units + second.units : first.units;
  }
  // Text style asks for no emoji: the base is counted as a character.
  if (at(t, i + first.units).value == kTextStyle) return 0;
  std::size_t j = element_end(t, i);
  if (j == i) return 0;
  while (at(t, j).value == kZwj) {
    const std::size_t k = element_end(t, j + 1);
    if (k == j + 1) break;
    j = k;
  }
  return j - i;
}

std::vector<Entity> extract_emoji(std::u16string_view text) {
  std::vector<Entity> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t len = emoji_length_at(text, i); len > 0) {
      out.push_back({i, len});
      i += len;
    } else {
      i += code_point_at(text, i).units;
    }
  }
  return out;
}

}  // namespace pv::sharing::x_text
