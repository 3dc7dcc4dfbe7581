// Terms in the engine (CHARTER.md, "Folding" and "Terms"): whole words over
// the folded text, prefixes, no sentence break inside, and the spans and
// matched text given back in the original text.
#include <gtest/gtest.h>

#include "policy/engine_testing.h"

namespace pv::testing {
namespace {

struct TermCase {
  const char* name;
  Json match;
  std::string text;
  std::vector<std::string> expected;  // matched original texts, in order
};

class EngineTerms : public ::testing::TestWithParam<TermCase> {};

TEST_P(EngineTerms, MatchExactlyTheseWords) {
  const TermCase& c = GetParam();
  EXPECT_EQ(matches(c.match, c.text), c.expected) << c.text;
}

const TermCase kCases[] = {
    {"CaseAndAccents",
     "Rendement garanti",
     "Un RENDEMENT Garanti, vraiment.",
     {"RENDEMENT Garanti"}},
    {"AccentsInTheTerm", "défi", "Un DEFI et un défi.", {"DEFI", "défi"}},
    {"WholeWordsOnly", "sue", "The issue is not to sue.", {"sue"}},
    {"NoMatchInsideAWord", "risk", "Brisket.", {}},
    {"HyphenIsASeparator",
     "risk-free",
     "risk free, Risk-Free and risk—free",
     {"risk free", "Risk-Free", "risk—free"}},
    {"NotAcrossASentenceBreak", "risk-free", "No risk. Free coffee.", {}},
    {"NotAcrossALineBreak", "risk free", "risk\nfree", {}},
    {"AcrossOtherPunctuation", "risk free", "risk, free", {"risk, free"}},
    {"PrefixWithItsBarePrefix",
     "rendement* garanti*",
     "rendement garanti, rendements garantis",
     {"rendement garanti", "rendements garantis"}},
    {"PrefixNeedsItsWholePrefix",
     "guarant*",
     "guarantee guaranty guard",
     {"guarantee", "guaranty"}},
    {"ElisionFrench", "argent", "Pas d'argent, pas d’argent.", {"argent", "argent"}},
    {"ElisionInTheTerm", "d'argent", "Pas d’argent.", {"d’argent"}},
    {"TypographicApostrophe",
     "can't lose",
     "You can’t lose, you CAN'T LOSE.",
     {"can’t lose", "CAN'T LOSE"}},
    {"ApostropheSplitsWords", "can", "I can't.", {"can"}},
    {"NoBreakSpace", "sans risque", "Un placement sans\u00a0risque.", {"sans\u00a0risque"}},
    {"NarrowNoBreakSpace", "5 %", "Un taux de 5\u202f% net.", {"5\u202f%"}},
    {"PercentIsAWord", "5 %", "5% and 5 % but not 55%", {"5%", "5 %"}},
    {"PercentAlone", "%", "100% sure", {"%"}},
    {"SoftHyphenIsDeleted", "guaranteed", "It is guaran\u00adteed.", {"guaran\u00adteed"}},
    {"HashtagIsAWord", "norisk", "#NoRisk investing", {"NoRisk"}},
    {"UnderscoreSeparates", "risk", "no_risk", {"risk"}},
    {"Ligature", "oeuvre", "Une Œuvre d'art.", {"Œuvre"}},
    {"SharpS", "strasse", "Die Straße.", {"Straße"}},
    {"FullWidth", "abc", "ＡＢＣ", {"ＡＢＣ"}},
    {"ListOfTerms", Json::array({"risk", "no risk"}), "no risk", {"no risk", "risk"}},
    {"SameWordsTwiceAreOneHit",
     Json::array({"rendement*", "rendements"}),
     "rendements",
     {"rendements"}},
    {"EveryOccurrence", "gain", "gain, gain and GAIN", {"gain", "gain", "GAIN"}},
    {"DecimalNumbersHoldNoBreak", "4.5 ans", "Dans 4.5 ans.", {"4.5 ans"}},
    {"WordsAroundADot", "laurentide example", "laurentide.example", {"laurentide.example"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, EngineTerms, ::testing::ValuesIn(kCases),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(EngineTermSpans, AreCodePointsOfTheOriginalText) {
  const auto compiled = compile(charter_of(Json::array({rule("r", "garanti")})));
  ASSERT_TRUE(compiled);
  // "Né" has an accent; the emoji is one code point of four bytes.
  const Json v = check(*compiled, "Né 😀 — garanti");
  ASSERT_EQ(v["findings"].size(), 1u);
  EXPECT_EQ(v["findings"][0]["start"], 7);
  EXPECT_EQ(v["findings"][0]["end"], 14);
  EXPECT_EQ(v["findings"][0]["match"], "garanti");
}

TEST(EngineTermSpans, NonLatinTextCountsCodePoints) {
  const auto compiled = compile(charter_of(Json::array(
      {rule("ru", "гарантированный доход"), rule("el", "εγγυημένη"), rule("ja", "保証")})));
  ASSERT_TRUE(compiled);
  const Json v = check(*compiled, "Это Гарантированный доход! Εγγυημένη απόδοση. 元本 保証 です");
  ASSERT_EQ(v["findings"].size(), 3u) << v.dump();
  EXPECT_EQ(v["findings"][0]["match"], "Гарантированный доход");
  EXPECT_EQ(v["findings"][0]["start"], 4);
  EXPECT_EQ(v["findings"][0]["end"], 25);
  EXPECT_EQ(v["findings"][1]["match"], "Εγγυημένη");
  EXPECT_EQ(v["findings"][1]["start"], 27);
  EXPECT_EQ(v["findings"][1]["end"], 36);
  EXPECT_EQ(v["findings"][2]["match"], "保証");
  EXPECT_EQ(v["findings"][2]["start"], 49);
  EXPECT_EQ(v["findings"][2]["end"], 51);
}

TEST(EngineTermSpans, AnExpandedCharacterIsCoveredWhole) {
  // "ß" folds to "ss": a hit on "ss" alone ends inside it and covers all of it.
  const auto compiled = compile(charter_of(Json::array({rule("r", "fuss")})));
  ASSERT_TRUE(compiled);
  const Json v = check(*compiled, "Kein Fuß.");
  ASSERT_EQ(v["findings"].size(), 1u);
  EXPECT_EQ(v["findings"][0]["start"], 5);
  EXPECT_EQ(v["findings"][0]["end"], 8);
  EXPECT_EQ(v["findings"][0]["match"], "Fuß");
}

TEST(EngineTermSpans, DecomposedAccentsStayWithTheirLetter) {
  const auto compiled = compile(charter_of(Json::array({rule("r", "ete")})));
  ASSERT_TRUE(compiled);
  const Json v = check(*compiled, "Cet e\u0301te\u0301.");  // é as e + U+0301
  ASSERT_EQ(v["findings"].size(), 1u);
  EXPECT_EQ(v["findings"][0]["start"], 4);
  EXPECT_EQ(v["findings"][0]["end"], 9);
  EXPECT_EQ(v["findings"][0]["match"], "e\u0301te\u0301");
}

TEST(EngineTermSpans, ManyTermsSharingPrefixesAndWords) {
  // Overlapping terms of one list each give their own hit.
  EXPECT_EQ(matches(Json::array({"fonds", "fonds distinct*", "distinct"}),
                    "Des fonds distincts et un fonds."),
            (std::vector<std::string>{"fonds", "fonds distincts", "fonds"}));
}

}  // namespace
}  // namespace pv::testing
