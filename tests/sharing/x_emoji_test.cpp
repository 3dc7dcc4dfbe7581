#include "sharing/x_emoji.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sharing/utf16.h"

namespace pv::sharing::x_text {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::size_t> lengths;  // UTF-16 units of each sequence found
};

class XEmojiTest : public ::testing::TestWithParam<Case> {};

TEST_P(XEmojiTest, FindsSequences) {
  const auto& c = GetParam();
  std::vector<std::size_t> got;
  for (const auto& e : extract_emoji(to_nfc_utf16(c.text)))
    got.push_back(e.length);
  EXPECT_EQ(got, c.lengths) << c.text;
}

std::string name(const ::testing::TestParamInfo<Case>& p) {
  return p.param.name;
}

INSTANTIATE_TEST_SUITE_P(
    Sequences, XEmojiTest,
    ::testing::Values(
        Case{"Single", "😷", {2}}, Case{"BmpEmoji", "☺❤", {1, 1}},
        Case{"EmojiStyle", "❤\uFE0F", {2}}, Case{"TextStyleIsNoEmoji", "❤\uFE0E", {}},
        Case{"SkinTone", "🙋🏽", {4}}, Case{"SkinToneAlone", "🏽", {2}},
        Case{"ZwjFamily", "👨\u200D👩\u200D👧\u200D👦", {11}}, Case{"ZwjProfession", "👨\u200D🎤", {5}},
        Case{"ZwjWithSkinTone", "👩🏾\u200D🚀", {7}},
        Case{"ZwjWithEmojiStyle", "🏳\uFE0F\u200D🌈", {6}},
        Case{"TrailingZwjIsNotPart", "😷\u200Da", {2}}, Case{"Flag", "🇨🇦", {4}},
        Case{"TwoFlags", "🇨🇦🇫🇷", {4, 4}}, Case{"LoneRegionalIndicator", "🇨a", {2}},
        Case{"SubdivisionFlag",
             "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
             {14}},
        Case{"Keycap", "1\u20E3", {2}}, Case{"KeycapWithEmojiStyle", "#\uFE0F\u20E3", {3}},
        Case{"DigitsAreNotEmoji", "123 #", {}}, Case{"CopyrightNeedsEmojiStyle", "© ®", {}},
        Case{"CopyrightWithEmojiStyle", "©\uFE0F", {2}},
        Case{"Sentence", "H🐱☺👨\u200D👩\u200D👧\u200D👦", {2, 1, 11}}),
    name);

}  // namespace
}  // namespace pv::sharing::x_text
