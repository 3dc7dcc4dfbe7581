// CHARTER.md's offsets: folded bytes map back to original code points, end
// exclusive, widened to whole original characters.
#include <string>

#include <gtest/gtest.h>

#include "policy/fold.h"

namespace pv::policy {
namespace {

struct SpanCase {
  const char* name;
  std::string original;
  std::uint32_t begin;  // folded bytes [begin, end)
  std::uint32_t end;
  OriginalSpan expected;
};

class FoldOffsets : public ::testing::TestWithParam<SpanCase> {};

TEST_P(FoldOffsets, BothPathsMapBackToTheOriginal) {
  const SpanCase& c = GetParam();
  EXPECT_EQ(fold(c.original).original_span(c.begin, c.end), c.expected);
  EXPECT_EQ(fold_reference(c.original).original_span(c.begin, c.end), c.expected);
}

const SpanCase kSpanCases[] = {
    {"ascii", "Hello world", 6, 11, {6, 11}},
    {"accented_one_for_one", "l\u2019\u00E9pargne", 2, 9, {2, 9}},
    {"four_byte_character_before", "\U0001F600 ok", 5, 7, {2, 4}},
    {"full_width_one_for_one", "\uFF21\uFF22 x", 1, 2, {1, 2}},
    // Expansions: a span that starts or ends inside covers the whole character.
    {"sharp_s_whole", "Stra\u00DFe", 0, 7, {0, 6}},
    {"sharp_s_both_bytes", "Stra\u00DFe", 4, 6, {4, 5}},
    {"ends_inside_sharp_s", "Stra\u00DFe", 0, 5, {0, 5}},
    {"starts_inside_sharp_s", "Stra\u00DFe", 5, 7, {4, 6}},
    {"oe_first_letter", "\u0152uvre", 0, 1, {0, 1}},
    {"oe_second_letter", "\u0152uvre", 1, 2, {0, 1}},
    {"after_oe", "\u0152uvre", 2, 6, {1, 5}},
    {"ligature_middle", "\uFB01n", 1, 2, {0, 1}},
    {"ligature_then_letter", "\uFB01n", 2, 3, {1, 2}},
    {"ellipsis_then_word", "a\u2026b", 4, 5, {2, 3}},
    {"fraction_digit", "\u00BD!", 4, 5, {0, 1}},
    {"after_fraction", "\u00BD!", 5, 6, {1, 2}},
    {"greek_two_bytes", "\u0391\u0392", 2, 4, {1, 2}},
    // Merges: a base letter and its combining marks are one character.
    {"merged_e_acute", "e\u0301te", 0, 1, {0, 2}},
    {"merged_word", "e\u0301te", 0, 3, {0, 4}},
    {"after_merge", "e\u0301te", 1, 3, {2, 4}},
    {"many_marks", "a\u0308\u0301\u0323b", 1, 2, {4, 5}},
    // Deleted characters are outside the words around them.
    {"soft_hyphen_inside", "guaran\u00ADteed", 0, 10, {0, 11}},
    {"soft_hyphen_around", "\u00ADab\u00AD", 0, 2, {1, 3}},
    {"bom_first", "\uFEFFabc", 0, 3, {1, 4}},
    {"deleted_after_expansion", "\u00DF\u00ADx", 2, 3, {2, 3}},
    {"expansion_before_deleted", "\u00DF\u00ADx", 0, 2, {0, 1}},
    // A collapsed run of white space stands for all of it.
    {"run", "a  \n b", 1, 2, {1, 5}},
    {"after_run", "a  \n b", 2, 3, {5, 6}},
    {"run_across_deleted", "x \u00AD y", 1, 2, {1, 4}},
    {"run_of_marked_space", "a \u0301 b", 1, 2, {1, 4}},
    {"leading_run", "  a", 1, 2, {2, 3}},
    {"space_one_for_one", "a b", 1, 2, {1, 2}},
    {"nbsp_one_for_one", "a\u00A0b", 1, 3, {1, 3}},
};

INSTANTIATE_TEST_SUITE_P(Offsets, FoldOffsets, ::testing::ValuesIn(kSpanCases),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(FoldOffsets, MapIsSparseForPlainText) {
  struct Case {
    std::string original;
    std::size_t entries;
  } cases[] = {
      // One entry for the whole text: every character is one byte of the
      // folded text, accents, typographic apostrophes and no-break spaces too.
      {std::string(2000, 'a') + " Hello, World! 4.5% \"yes\" (no)\n", 1},
      {"L\u2019\u00C9PARGNE d\u2019\u00E9t\u00E9\u00A0: \u00AB\u00A0oui\u00A0\u00BB", 1},
      // An expansion: a unit and the entry that closes it.
      {"Stra\u00DFe", 3},
      // A deletion: plain text goes on from a new entry.
      {"guaran\u00ADteed", 2},
      // A collapsed run: a unit for its space, then its closing entry.
      {"a   b", 3},
      {"", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(fold(c.original).offset_map_size(), c.entries) << c.original;
    EXPECT_EQ(fold_reference(c.original).offset_map_size(), c.entries) << c.original;
  }
}

TEST(FoldOffsets, CountsOriginalCodePoints) {
  EXPECT_EQ(fold("").original_length(), 0u);
  EXPECT_EQ(fold("a\u00E9\u20AC\U0001F600").original_length(), 4u);
  EXPECT_EQ(fold_reference("a\u00E9\u20AC\U0001F600").original_length(), 4u);
}

TEST(FoldOffsets, InvalidBytesCountAsOneCharacterEach) {
  // Callers validate UTF-8 first; folding still never reads past the end.
  const std::string bad =
      "a\xC3\xFF"
      "b\xE2\x82";
  const FoldedText f = fold(bad);
  EXPECT_EQ(f, fold_reference(bad));
  EXPECT_EQ(f.text(), "a\uFFFD\uFFFDb\uFFFD\uFFFD");
  EXPECT_EQ(f.original_length(), 6u);
}

}  // namespace
}  // namespace pv::policy
