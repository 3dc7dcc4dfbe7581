// Steps 1 to 3 of CHARTER.md's "Folding": what the folded text is.
#include <string>

#include <gtest/gtest.h>

#include "policy/fold.h"

namespace pv::policy {
namespace {

struct TextCase {
  const char* name;
  std::string original;
  std::string folded;
};

class FoldText : public ::testing::TestWithParam<TextCase> {};

TEST_P(FoldText, BothPathsGiveTheFoldedText) {
  const TextCase& c = GetParam();
  EXPECT_EQ(fold(c.original).text(), c.folded);
  EXPECT_EQ(fold_reference(c.original).text(), c.folded);
}

const TextCase kTextCases[] = {
    // Step 1: NFKC, then full case folding.
    {"ascii_lower", "Hello World", "hello world"},
    {"accents_upper", "ÉLÈVE Ça", "eleve ca"},
    {"sharp_s", "Straße", "strasse"},
    {"capital_sharp_s", "STRAẞE", "strasse"},
    {"ligature_fi", "\uFB01nance \uFB02ux", "finance flux"},
    {"full_width", "\uFF21\uFF22\uFF23\uFF11\uFF12", "abc12"},
    {"superscript", "x\u00B2", "x2"},
    {"roman_numeral", "\u216B", "xii"},
    {"micro_sign", "\u00B5", "\u03BC"},
    {"long_s", "\u017F", "s"},
    {"dz_digraph", "\u01C4", "dz"},
    {"dotted_capital_i", "\u0130", "i"},
    {"greek_final_sigma", "\u039F\u03A3 \u03BF\u03C2", "\u03BF\u03C3 \u03BF\u03C3"},
    {"trade_mark", "Brand\u2122", "brandtm"},
    {"ellipsis", "wait\u2026", "wait..."},
    {"fraction", "\u00BD", "1\u20442"},
    {"circled_digit", "\u2460", "1"},
    {"ypogegrammeni_is_iota", "\u1FB3", "\u03B1\u03B9"},
    // Step 2: NFD, combining marks dropped, then oe and ae.
    {"combining_acute", "e\u0301te\u0301", "ete"},
    {"stacked_marks", "a\u0308\u0301\u0323", "a"},
    {"mark_after_space", "a \u0301b", "a b"},
    {"leading_mark", "\u0301a", "a"},
    {"spacing_diaeresis_is_space", "a\u00A8b", "a b"},
    {"oe_ligature", "\u0152uvre c\u0153ur", "oeuvre coeur"},
    {"ae_ligature", "\u00C6sop \u00E6", "aesop ae"},
    {"ae_with_macron", "\u01E3", "ae"},
    {"devanagari_vowel_sign_dropped", "\u0915\u093F", "\u0915"},
    // Step 2: format characters (Cf) deleted, and nothing else.
    {"soft_hyphen", "guaran\u00ADteed", "guaranteed"},
    {"zero_width_space", "a\u200Bb", "ab"},
    {"joiners", "a\u200D\u200Cb", "ab"},
    {"word_joiner", "a\u2060b", "ab"},
    {"byte_order_mark", "\uFEFFabc", "abc"},
    {"bidi_controls", "\u202Aabc\u202C", "abc"},
    {"hangul_filler_kept", "a\u3164b", "a\u1160b"},
    {"variation_selector_is_a_mark", "\u2764\uFE0F", "\u2764"},
    {"control_kept", std::string("a\0b", 3), std::string("a\0b", 3)},
    // Step 3: apostrophes, quotes, dashes.
    {"apostrophes", "\u2018a\u2019 \u201Ab\u201B \u2032 \u02BC", "'a' 'b' ' '"},
    {"double_prime", "\u2033", "''"},
    {"quotes", "\u201Ca\u201D \u201Eb\u201F \u00ABc\u00BB \u2039d\u203A",
     "\"a\" \"b\" \"c\" \"d\""},
    {"dashes", "a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h", "a-b-c-d-e-f-g-h"},
    {"full_width_hyphen", "a\uFF0Db", "a-b"},
    // Step 3: every run of white space becomes one space.
    {"nbsp", "a\u00A0b", "a b"},
    {"narrow_nbsp", "4,5\u202F%", "4,5 %"},
    {"french_guillemets", "\u00AB\u00A0Oui\u00A0\u00BB", "\" oui \""},
    {"thin_and_ideographic", "a\u2009b\u3000c\u205Fd\u1680e", "a b c d e"},
    {"mixed_run", "a \t\r\n\u00A0\u2028\u2029\u0085\v\f b", "a b"},
    {"run_across_deleted", "a \u00AD b", "a b"},
    {"leading_and_trailing_kept", "  a  ", " a "},
    {"only_space", "\n\n", " "},
    {"empty", "", ""},
    {"not_white_space", "a\u001Fb\u180Ec", "a\u001Fbc"},
    // Other scripts pass through, folded the same way.
    {"cjk", "\u6771\u4EAC", "\u6771\u4EAC"},
    {"hangul_jamo_compose", "\u1100\u1161", "\u1100\u1161"},
    {"emoji", "ok \U0001F600", "ok \U0001F600"},
};

INSTANTIATE_TEST_SUITE_P(Steps, FoldText, ::testing::ValuesIn(kTextCases),
                         [](const auto& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace pv::policy
