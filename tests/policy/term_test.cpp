// CHARTER.md's "Terms": a term folded and split into words, '*' for prefixes.
#include "policy/term.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pv::policy {
namespace {

struct TermCase {
  const char* name;
  std::string source;
  std::vector<TermWord> words;
};

class ParseTerm : public ::testing::TestWithParam<TermCase> {};

TEST_P(ParseTerm, FoldsAndSplits) {
  const TermCase& c = GetParam();
  const Result<Term> term = parse_term(c.source);
  ASSERT_TRUE(term.ok()) << term.error().message();
  EXPECT_EQ(term->source, c.source);
  EXPECT_EQ(term->words, c.words);
}

const TermCase kTerms[] = {
    {"one_word", "Garanti", {{"garanti", false}}},
    {"hyphenated", "risk-free", {{"risk", false}, {"free", false}}},
    {"prefixes", "Rendement* garanti*", {{"rendement", true}, {"garanti", true}}},
    {"prefix_then_word", "foo*-bar", {{"foo", true}, {"bar", false}}},
    {"elision", "l\u2019\u00C9pargne", {{"l", false}, {"epargne", false}}},
    {"expansion", "Stra\u00DFe*", {{"strasse", true}}},
    {"percent", "5 %", {{"5", false}, {"%", false}}},
    {"soft_hyphen", "guaran\u00ADteed", {{"guaranteed", false}}},
    {"white_space_around", "  no   risk ", {{"no", false}, {"risk", false}}},
    {"stop_inside_a_word", "laurentide.example", {{"laurentide", false}, {"example", false}}},
    {"full_width_star", "gain\uFE61", {{"gain", true}}},
};

INSTANTIATE_TEST_SUITE_P(Terms, ParseTerm, ::testing::ValuesIn(kTerms),
                         [](const auto& p) { return std::string(p.param.name); });

struct RefusedCase {
  const char* name;
  std::string source;
  const char* reason;  // part of the message
};

class RefuseTerm : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(RefuseTerm, SaysWhy) {
  const RefusedCase& c = GetParam();
  const Result<Term> term = parse_term(c.source);
  ASSERT_FALSE(term.ok());
  EXPECT_EQ(term.error().kind(), ErrorKind::kInvalid);
  EXPECT_EQ(term.error().code(), "invalid_term");
  EXPECT_NE(term.error().message().find(c.reason), std::string::npos) << term.error().message();
}

const RefusedCase kRefused[] = {
    {"empty", "", "no word"},
    {"white_space", " \u00A0\n", "no word"},
    {"punctuation", "...", "no word"},
    {"format_only", "\u00AD\u200B", "no word"},
    {"leading_star", "*foo", "'*'"},
    {"inner_star", "fo*o", "'*'"},
    {"detached_star", "foo *", "'*'"},
    {"only_star", "*", "'*'"},
    {"two_stars", "**", "'*'"},
    {"double_star", "foo**", "'*'"},
    {"star_then_star_word", "foo* *bar", "'*'"},
    {"sentence_break", "risk. Free", "sentence break"},
    {"exclamation_break", "risk! free", "sentence break"},
    {"line_break", "risk\nfree", "sentence break"},
    {"quoted_break", "risk.\" free", "sentence break"},
    {"invalid_utf8", "caf\xC3", "UTF-8"},
};

INSTANTIATE_TEST_SUITE_P(Terms, RefuseTerm, ::testing::ValuesIn(kRefused),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(ParseTermMessage, NamesTheTerm) {
  const Result<Term> term = parse_term("fo*o");
  ASSERT_FALSE(term.ok());
  EXPECT_NE(term.error().message().find("\"fo*o\""), std::string::npos);
}

}  // namespace
}  // namespace pv::policy
