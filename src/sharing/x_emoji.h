// The emoji sequences X counts as 2 characters however many code points they
// hold (CHARTER.md, "Disclaimers"). twitter-text 3 finds them with
// twemoji-parser's list of sequences; here they follow the shapes of Unicode
// emoji sequences (UTS #51), from utf8proc's Extended_Pictographic data:
//
// - a keycap: `0`–`9`, `#` or `*`, an optional U+FE0F, then U+20E3;
// - a flag: two regional indicators (one alone is an emoji too);
// - elements joined by U+200D (ZWJ), each an Extended_Pictographic character
//   or a skin tone, followed by U+FE0F or a skin tone, and by tag characters
//   ending in U+E007F (the subdivision flags);
// - © and ® are emoji only with U+FE0F, as in twemoji; U+FE0E (text style)
//   is never part of one.
//
// Where this differs from twemoji it is on sequences no platform draws as one
// picture (a ZWJ between two arbitrary emoji, a skin tone on an animal, an
// unassigned flag pair): X may count those at a few more characters.
//
// Pure: safe to call from any thread.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sharing/x_urls.h"

namespace pv::sharing::x_text {

// The emoji sequence starting at UTF-16 index `i`: its length in code units,
// or 0 when none starts there.
std::size_t emoji_length_at(std::u16string_view text, std::size_t i);

// Every emoji sequence of `text` (NFC, UTF-16), left to right.
std::vector<Entity> extract_emoji(std::u16string_view text);

}  // namespace pv::sharing::x_text
