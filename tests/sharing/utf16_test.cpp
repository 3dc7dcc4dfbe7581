#include "sharing/utf16.h"

#include <string>

#include <gtest/gtest.h>

namespace pv::sharing {
namespace {

TEST(Utf16Test, CountsCodeUnits) {
  EXPECT_EQ(utf16_length(""), 0u);
  EXPECT_EQ(utf16_length("abc"), 3u);
  EXPECT_EQ(utf16_length("été"), 3u);      // été: BMP, 1 each
  EXPECT_EQ(utf16_length("漢字"), 2u);     // 漢字
  EXPECT_EQ(utf16_length("😀"), 2u);        // 😀: a surrogate pair
  EXPECT_EQ(utf16_length("𝐀x"), 3u);       // 𝐀 (astral letter) + x
  EXPECT_EQ(utf16_length("e\u0301"), 2u);  // e + U+0301: not normalised
  EXPECT_EQ(utf16_length("a\xFF"
                         "b"),
            3u);  // a bad byte reads as U+FFFD
}

TEST(Utf16Test, NormalisesToNfc) {
  EXPECT_EQ(to_nfc_utf16("e\u0301"), u"\u00E9");        // composed
  EXPECT_EQ(to_nfc_utf16("Ω"), u"\u03A9");              // OHM SIGN -> OMEGA
  EXPECT_EQ(to_nfc_utf16("שּׁ"), u"\u05E9\u05BC\u05C1");  // U+FB2C is excluded
  EXPECT_EQ(to_nfc_utf16("😀"), u"\U0001F600");
}

TEST(Utf16Test, CodePointAt) {
  const std::u16string s = u"a\U0001F600\xD800";
  EXPECT_EQ(code_point_at(s, 0).value, U'a');
  EXPECT_EQ(code_point_at(s, 1).value, U'\U0001F600');
  EXPECT_EQ(code_point_at(s, 1).units, 2u);
  EXPECT_EQ(code_point_at(s, 3).value, 0xD800u);  // a lone surrogate is itself
  EXPECT_EQ(code_point_at(s, 3).units, 1u);
}

}  // namespace
}  // namespace pv::sharing
