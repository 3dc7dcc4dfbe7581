#include "policy/phone.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/detector_test_util.h"

namespace pv::policy {
namespace {

using testing::covered;

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> found;
};

class PhoneTest : public ::testing::TestWithParam<Case> {};

TEST_P(PhoneTest, Finds) {
  const auto& c = GetParam();
  EXPECT_EQ(covered(c.text, find_phones(c.text)), c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Nanp, PhoneTest,
    ::testing::Values(
        Case{"Hyphens", "call him at 905-555-0163 if", {"905-555-0163"}},
        Case{"Dots", "514.555.0199", {"514.555.0199"}},
        Case{"Spaces", "514 555 0199", {"514 555 0199"}},
        Case{"NoSeparators", "5145550199", {"5145550199"}},
        Case{"MixedSeparators", "514 555-0199", {"514 555-0199"}},
        Case{"Parentheses", "(514) 555-0199", {"(514) 555-0199"}},
        Case{"ParenthesesTight", "(514)555-0199", {"(514)555-0199"}},
        Case{"PlusOne", "+1 514 555 0199", {"+1 514 555 0199"}},
        Case{"PlusOneTight", "+15145550199", {"+15145550199"}},
        Case{"PlusOneParentheses", "+1 (514) 555-0199", {"+1 (514) 555-0199"}},
        Case{"One", "1-800-555-0199", {"1-800-555-0199"}},
        Case{"OneTight", "18005550199", {"18005550199"}},
        Case{"AreaStartsWithOne", "151-555-0199", {}},
        Case{"AreaStartsWithZero", "051-555-0199", {}},
        Case{"ExchangeStartsWithOne", "514-155-0199", {}},
        Case{"ExchangeStartsWithZero", "514-055-0199", {}},
        Case{"TwoSeparators", "514  555 0199", {}}, Case{"OtherSeparator", "514/555/0199", {}},
        Case{"UnclosedParenthesis", "(514 555 0199", {"514 555 0199"}},
        Case{"TooFewDigits", "514-555-019", {}}, Case{"FollowedByDigit", "514-555-01999", {}},
        Case{"FollowedByLetter", "514-555-0199x", {}},
        Case{"PrecededByLetter", "tel5145550199", {}}, Case{"PrecededByDigit", "25145550199", {}},
        Case{"PrecededByPlus", "+5145550199", {}}, Case{"OtherCountryCode", "+335145550199", {}},
        // Only the character right before counts: a space there is no '+'.
        Case{"SpacedAfterOtherCountryCode", "+33 514 555 0199", {"514 555 0199"}},
        Case{"PrecededByPlusOneOfItsOwn", "tel:+1-514-555-0199", {"+1-514-555-0199"}},
        Case{"NotAWholeRun", "514-555-0199-22", {"514-555-0199"}},
        Case{"AfterAnotherNumber", "11 514 555 0199", {"514 555 0199"}},
        Case{"Two", "514-555-0199 or (438) 555-0123.", {"514-555-0199", "(438) 555-0123"}},
        Case{"NonAsciiLetterAfter", "514-555-0199é", {}}),
    testing::case_name<Case>);

}  // namespace
}  // namespace pv::policy
