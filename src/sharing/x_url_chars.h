// The character classes of twitter-text's URL extractor (its regexp/ files:
// punct, spacesGroup, invalidCharsGroup, directionalMarkersGroup,
// validUrlPrecedingChars, validGeneralUrlPathChars, validUrlPathEndingChars,
// validUrlQueryChars, validUrlQueryEndingChars, latinAccentChars,
// cyrillicLettersAndMarks), over UTF-16 code units as JavaScript sees them.
// The patterns are matched case-insensitively, hence both ASCII cases.
//
// Pure inline functions: safe to call from any thread.
#pragma once

#include <string_view>

namespace pv::sharing::x_text::chars {

inline bool ascii_digit(char16_t c) {
  return c >= u'0' && c <= u'9';
}
inline bool ascii_alpha(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
inline bool ascii_alnum(char16_t c) {
  return ascii_alpha(c) || ascii_digit(c);
}

inline bool in(char16_t c, std::u16string_view set) {
  return set.find(c) != set.npos;
}

inline bool space(char16_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}
inline bool invalid(char16_t c) {
  return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}
inline bool directional(char16_t c) {
  return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x2066 && c <= 0x2069);
}
inline bool punct(char16_t c) {
  return in(c, u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$");
}

// A character of a domain label; '-' and '_' join them inside a label.
inline bool domain_char(char16_t c) {
  return !punct(c) && !space(c) && !invalid(c) && !directional(c);
}
inline bool label_char(char16_t c) {
  return domain_char(c) || c == u'-' || c == u'_';
}

// What may stand right before a URL (or nothing, at the start of the text).
inline bool preceding(char16_t c) {
  return !(ascii_alnum(c) || in(c, u"@$#\uFF20\uFF03") || invalid(c));
}

inline bool latin_accent(char16_t c) {
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
         c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B ||
         c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B ||
         c == 0x2BB || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}
inline bool cyrillic(char16_t c) {
  return c >= 0x400 && c <= 0x4FF;
}

// A label of a bare (scheme-less) domain, which must be ASCII or Latin.
inline bool ascii_domain_char(char16_t c) {
  return ascii_alnum(c) || c == u'-' || latin_accent(c);
}

inline bool path_char(char16_t c) {
  return ascii_alnum(c) || cyrillic(c) || latin_accent(c) || in(c, u"!*';:=+,.$/%#[]-\u2013_~@|&");
}
inline bool path_end_char(char16_t c) {
  return ascii_alnum(c) || cyrillic(c) || latin_accent(c) || in(c, u"+-=_#/");
}
inline bool query_char(char16_t c) {
  return ascii_alnum(c) || in(c, u"!?*'@();:&=+$/%#[]-_.,~|");
}
inline bool query_end_char(char16_t c) {
  return ascii_alnum(c) || in(c, u"-_&=#/");
}

// What may not follow a top-level domain from the lists.
inline bool tld_blocker(char16_t c) {
  return ascii_alnum(c) || c == u'@' || c == u'+' || c == u'-';
}

}  // namespace pv::sharing::x_text::chars
