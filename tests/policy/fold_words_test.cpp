// Steps 4 and 5 of CHARTER.md's "Folding": words and sentence breaks.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/fold.h"
#include "policy/fold_testing.h"

namespace pv::policy {
namespace {

using testing::sentences_of;

struct WordsCase {
  const char* name;
  std::string original;
  // The words, "| " before each one that a sentence break precedes.
  std::vector<std::string> words;
};

class FoldWords : public ::testing::TestWithParam<WordsCase> {};

TEST_P(FoldWords, BothPathsFindTheWordsAndBreaks) {
  const WordsCase& c = GetParam();
  EXPECT_EQ(sentences_of(fold(c.original)), c.words);
  EXPECT_EQ(sentences_of(fold_reference(c.original)), c.words);
}

const WordsCase kWordCases[] = {
    // Step 4: words are runs of letters and digits; each '%' is a word.
    {"elision", "d'argent", {"d", "argent"}},
    {"typographic_elision", "l\u2019\u00E9pargne", {"l", "epargne"}},
    {"contraction", "can't", {"can", "t"}},
    {"modifier_apostrophe_separates", "can\u02BCt", {"can", "t"}},
    {"hashtag", "#NoRisk", {"norisk"}},
    {"underscore", "snake_case", {"snake", "case"}},
    {"hyphen", "risk-free", {"risk", "free"}},
    {"em_dash", "risk\u2014free", {"risk", "free"}},
    {"percent_attached", "5%", {"5", "%"}},
    {"percent_spaced", "5 %", {"5", "%"}},
    {"percent_nbsp", "4,5\u00A0%", {"4", "5", "%"}},
    {"percent_twice", "%%", {"%", "%"}},
    {"percent_before_word", "50%off", {"50", "%", "off"}},
    {"full_width_percent", "5\uFF05", {"5", "%"}},
    {"arabic_indic_digits", "\u0663\u0664 dollars", {"\u0663\u0664", "dollars"}},
    {"devanagari_digits", "\u0967\u0968\u0969", {"\u0967\u0968\u0969"}},
    {"superscript_joins", "x\u00B2", {"x2"}},
    {"fraction_slash_separates", "\u00BD", {"1", "2"}},
    {"soft_hyphen_inside", "guaran\u00ADteed", {"guaranteed"}},
    {"zero_width_space_inside", "no\u200Brisk", {"norisk"}},
    {"combining_inside", "cre\u0300me", {"creme"}},
    {"ligature_inside", "pro\uFB01t", {"profit"}},
    {"cjk_and_katakana", "\u6771\u4EAC\u30BF\u30EF\u30FC", {"\u6771\u4EAC\u30BF\u30EF\u30FC"}},
    {"emoji_separates", "a\U0001F600b", {"a", "b"}},
    {"no_words", " .,;!? ", {}},
    {"email_parts", "Jo.Doe@Example.com", {"jo", "doe", "example", "com"}},
    // Step 5: a break after . ! ? ; then closers, then white space or the end.
    {"full_stop", "Risk. Free", {"risk", "| free"}},
    {"exclamation", "Yes! Now", {"yes", "| now"}},
    {"question", "Why? Because", {"why", "| because"}},
    {"semicolon", "one; two", {"one", "| two"}},
    {"colon_is_no_break", "one: two", {"one", "two"}},
    {"comma_is_no_break", "one, two", {"one", "two"}},
    {"quote_after_stop", "risk.\" Free", {"risk", "| free"}},
    {"typographic_quote_after_stop", "risk.\u201D Free", {"risk", "| free"}},
    {"closers_after_stop", "risk.'\")]} Free", {"risk", "| free"}},
    {"nbsp_after_stop", "Fin.\u00A0Next", {"fin", "| next"}},
    {"french_question", "Vraiment\u00A0? Oui", {"vraiment", "| oui"}},
    {"greek_question_mark", "a\u037E b", {"a", "| b"}},
    {"full_width_exclamation", "a\uFF01 b", {"a", "| b"}},
    {"ellipsis", "wait\u2026 what", {"wait", "| what"}},
    {"decimal", "4.5", {"4", "5"}},
    {"domain", "laurentide.example", {"laurentide", "example"}},
    {"stop_then_letter", "risk.\"Free", {"risk", "free"}},
    {"stop_then_dash", "a.- b", {"a", "b"}},
    {"stop_then_space_then_stop", "a. . b", {"a", "| b"}},
    {"abbreviation", "e.g. this", {"e", "g", "| this"}},
    {"after_percent", "5%. Next", {"5", "%", "| next"}},
    {"before_percent", "Up. 5%", {"up", "| 5", "%"}},
    {"deleted_between", "a.\u200Bb", {"a", "b"}},
    {"leading_stop_no_break_on_first", ". a b", {"a", "b"}},
    // Step 5: a line break of the original text.
    {"lf", "a\nb", {"a", "| b"}},
    {"cr", "a\rb", {"a", "| b"}},
    {"crlf", "a\r\nb", {"a", "| b"}},
    {"vt", "a\vb", {"a", "| b"}},
    {"ff", "a\fb", {"a", "| b"}},
    {"nel", "a\u0085b", {"a", "| b"}},
    {"line_separator", "a\u2028b", {"a", "| b"}},
    {"paragraph_separator", "a\u2029b", {"a", "| b"}},
    {"blank_line", "a\n\nb", {"a", "| b"}},
    {"line_break_in_run", "a \u00A0\n b", {"a", "| b"}},
    {"line_break_after_comma", "a,\nb", {"a", "| b"}},
    {"line_break_with_mark", "a\n\u0301b", {"a", "| b"}},
    {"tab_is_no_break", "a\tb", {"a", "b"}},
    {"nbsp_is_no_break", "a\u00A0b", {"a", "b"}},
    {"leading_line_break", "\na b", {"a", "b"}},
    {"trailing_line_break", "a b\n", {"a", "b"}},
};

INSTANTIATE_TEST_SUITE_P(Steps, FoldWords, ::testing::ValuesIn(kWordCases),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(FoldWords, WordOffsetsPointIntoTheFoldedText) {
  const FoldedText f = fold("L\u2019\u00C9pargne, 5 %!");
  EXPECT_EQ(f.text(), "l'epargne, 5 %!");
  ASSERT_EQ(f.words().size(), 4u);
  EXPECT_EQ(f.words()[0], (Word{0, 1, false}));
  EXPECT_EQ(f.words()[1], (Word{2, 9, false}));
  EXPECT_EQ(f.words()[2], (Word{11, 12, false}));
  EXPECT_EQ(f.words()[3], (Word{13, 14, false}));
}

}  // namespace
}  // namespace pv::policy
