// X's weighted length (twitter-text 3, config v3): cases from twitter-text's
// conformance file validate.yml, restated, and from the weights CHARTER.md
// gives. LinkedIn and Facebook count UTF-16 code units.
#include "sharing/network_length.h"

#include <string>

#include <gtest/gtest.h>

namespace pv::sharing {
namespace {

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += s;
  return out;
}

struct Case {
  const char* name;
  std::string text;
  std::size_t weighted;
};

class XWeightedLengthTest : public ::testing::TestWithParam<Case> {};

TEST_P(XWeightedLengthTest, Counts) {
  const auto& c = GetParam();
  EXPECT_EQ(x_weighted_length(c.text), c.weighted) << c.text;
  EXPECT_EQ(network_length(Network::kX, c.text), c.weighted);
}

std::string name(const ::testing::TestParamInfo<Case>& p) {
  return p.param.name;
}

INSTANTIATE_TEST_SUITE_P(
    Weights, XWeightedLengthTest,
    ::testing::Values(
        Case{"Empty", "", 0}, Case{"Ascii", "This is a test.", 15}, Case{"Latin", "A lié géts", 10},
        Case{"LastLightCodePoint", "ჿ", 1},    // U+10FF
        Case{"FirstHeavyCodePoint", "ᄀ", 2},  // U+1100
        Case{"Cjk", repeat("的", 160), 320}, Case{"LatinThenCjk", "the" + repeat("的", 160), 323},
        Case{"Hangul", "저찀쯿쿿", 8},
        Case{"GeneralPunctuationLight",
             // U+2002–U+200A, U+2010–U+201F, U+2032–U+2037 weigh 1 each.
             "\u2002\u2003\u2009\u200A\u2010\u2013\u2014\u2018\u2019\u201C\u201D\u201F"
             "\u2032\u2033\u2037",
             15},
        // twitter-text's own case: U+2000–U+200B, then dashes, quotes and primes.
        Case{"GeneralPunctuationConformance",
             "This is a tweet with general punctuation characters: "
             "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
             " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷",
             110},
        Case{"GeneralPunctuationHeavy", "\u200E\u2020\u2022\u2026\u2030\u2038\u203B", 14},
        Case{"AstralCharacters", "𐀀\U0010FFFF", 4},  // U+10000, U+10FFFF
        Case{"NfcComposes",
             "A\u0301"
             "B",
             2},                         // A + U+0301 -> Á
        Case{"NfcSingleton", "Ω", 1},    // OHM -> Ω (U+03A9)
        Case{"NfcDecomposes", "Aשּׁ", 4},  // U+FB2C -> 3 marks
        Case{"Emoji", repeat("😷", 160), 320}, Case{"EmojiMix", "😷👾😡🔥💩", 10},
        Case{"EmojiSentence", "H🐱☺👨\u200D👩\u200D👧\u200D👦", 7},
        Case{"SkinToneAndZwj", "🙋🏽👨\u200D🎤", 4}, Case{"Keycap", "1\u20E3", 2},
        Case{"Families", repeat("👨\u200D👩\u200D👧\u200D👦", 140), 280},
        Case{"Unicode10",
             "Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; "
             "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
             34},
        Case{"Unicode9", "Unicode 9.0 emoji: 🤠; 💃; 💃🏾", 29},
        Case{"TextStyle", "❤\uFE0E", 4}, Case{"Copyright", "© 2026", 6},
        Case{"Url", "http://test.com", 23}, Case{"Https", "https://test.com", 23},
        Case{"UrlAfterText", "Hi http://test.co", 26}, Case{"BareDomain", "test.com", 23},
        Case{"Urls", "Test https://test.com test https://test.com test.com test", 86},
        Case{"TenUrls", repeat("https://www.twitter.com/aloha ", 10), 240},
        Case{"LongUrlIs23", "https://laurentide.ca/" + std::string(200, 'a'), 23},
        // .example is no top-level domain of X's: no link, every character counts.
        Case{"NotALinkedDomain", "laurentide.example", 18},
        Case{"NotALinkedUrl", "https://laurentide.example/x", 28},
        Case{"DomainLabelTooLong",
             "randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68},
        Case{"DirectionalMarks",
             "\u2066\u202Ahttp://foobar.\u067E\u0627\u06A9\u0633\u062A\u0627\u0646/"
             "\u202C\u2069",
             31},
        Case{"Overflow", "285 chars-" + repeat("xxxxxxxxxx-", 25), 285},
        Case{"UrlInTheMiddle",
             "285 chars- http://www.twitter.com/jack " + repeat("xxxxxxxxxx-", 24), 299},
        Case{"UrlAtTheEnd", repeat("xxxxxxxxxx-", 24) + " http://www.twitter.com/jack ", 289}),
    name);

TEST(XWeightedLengthTest, PunycodeLengthDecidesWhetherAHostIsLinked) {
  const std::string cjk = repeat("あいうえおかきくけこ", 12);
  const std::string host = repeat("あいうえおかきくけこ", 5);
  EXPECT_EQ(x_weighted_length(cjk + " http://" + host + "あい.com"), 264u);    // a link
  EXPECT_EQ(x_weighted_length(cjk + " http://" + host + "あいう.com"), 358u);  // no link
}

TEST(XWeightedLengthTest, AnInvalidUrlCountsCharacterByCharacter) {
  const std::string label64(64, 'a');
  EXPECT_EQ(x_weighted_length("Long: https://" + label64 + ".com/foo https://validurl.com"),
            6u + 8u + 64u + 8u + 1u + 23u);
}

TEST(Utf16NetworkLengthTest, LinkedInAndFacebookCountUtf16Units) {
  for (const Network n : {Network::kLinkedIn, Network::kFacebook}) {
    EXPECT_EQ(network_length(n, "abc"), 3u);
    EXPECT_EQ(network_length(n, "é"), 1u);
    EXPECT_EQ(network_length(n, "😷"), 2u);
    EXPECT_EQ(network_length(n, "👨\u200D👩\u200D👧\u200D👦"), 11u);
    EXPECT_EQ(network_length(n, "https://laurentide.ca/" + std::string(200, 'a')), 222u);
    EXPECT_EQ(network_length(n, "A\u0301"), 2u);  // sent as is: no normalisation
  }
}

}  // namespace
}  // namespace pv::sharing
