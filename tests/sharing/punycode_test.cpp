#include "sharing/punycode.h"

#include <string>

#include <gtest/gtest.h>

namespace pv::sharing::x_text {
namespace {

TEST(PunycodeTest, EncodedLengths) {
  // RFC 3492 encodings: bcher-kva, mnchen-3ya, n3h, and-6ma2c, r8jz45g, mxacd.
  EXPECT_EQ(punycode_length(U"b\u00FCcher"), 9u);
  EXPECT_EQ(punycode_length(U"m\u00FCnchen"), 10u);
  EXPECT_EQ(punycode_length(U"\u2603"), 3u);
  EXPECT_EQ(punycode_length(U"\u00F1and\u00FA"), 9u);
  EXPECT_EQ(punycode_length(U"\u4F8B\u3048"), 7u);
  EXPECT_EQ(punycode_length(U"\u03B1\u03B2\u03B3"), 5u);
  EXPECT_EQ(punycode_length(U"\u65E5\u672C\u8A9E\u30C6\u30AD\u30B9\u30C8"), 20u);
  EXPECT_EQ(punycode_length(U"abc"), 4u);  // basic characters and the delimiter
  EXPECT_EQ(punycode_length(U""), 0u);
}

TEST(PunycodeTest, ToAsciiLengths) {
  EXPECT_EQ(to_ascii_length(u"example"), 7u);              // ASCII is kept
  EXPECT_EQ(to_ascii_length(u"b\u00FCcher"), 13u);         // xn--bcher-kva
  EXPECT_EQ(to_ascii_length(u"a\u3002b"), 3u);             // 。 separates like '.'
  EXPECT_EQ(to_ascii_length(u"\u2603\uFF0E\u2603"), 15u);  // xn--n3h.xn--n3h
  EXPECT_EQ(to_ascii_length(u"ab\uFF61"), 3u);             // "ab."
}

TEST(PunycodeTest, HugeLabelsOverflowInsteadOfWrapping) {
  // After 2,000 basic characters, the step to U+10FFFD passes 2^31 - 1, where
  // punycode.js throws: such a label is no host at all.
  std::u32string huge(2000, U'a');
  huge += U'\U0010FFFD';
  EXPECT_FALSE(punycode_length(huge).has_value());
  EXPECT_FALSE(to_ascii_length(std::u16string(2000, u'a') + u"\U0010FFFD").has_value());
  EXPECT_TRUE(punycode_length(huge.substr(1000)).has_value());
}

}  // namespace
}  // namespace pv::sharing::x_text
