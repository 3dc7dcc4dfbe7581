#include "policy/number_run.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pv::policy {
namespace {

struct RunCase {
  const char* text;
  std::vector<std::string> digits;  // the digits of each whole run found
};

class NumberRunTest : public ::testing::TestWithParam<RunCase> {};

TEST_P(NumberRunTest, FindsWholeRunsThatTouchNoLetterOrDigit) {
  const auto& c = GetParam();
  std::vector<std::string> got;
  for (const auto& run : find_number_runs(c.text))
    got.push_back(run.digits);
  EXPECT_EQ(got, c.digits) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Runs, NumberRunTest,
    ::testing::Values(RunCase{"call 123 456 789 now", {"123456789"}},
                      RunCase{"id 123-45-6789.", {"123456789"}},
                      RunCase{"mixed 12-34 56", {"123456"}},  // any mix of single separators
                      RunCase{"two spaces 12 - 34",
                              {"12", "34"}},                  // " - " is not a single separator
                      RunCase{"trailing 1234- x", {"1234"}},  // a separator needs a digit after it
                      RunCase{"abc123 456", {}},    // touches a letter: not a number at all
                      RunCase{"123 456def", {}},    // touches a letter at its end
                      RunCase{"été 123", {"123"}},  // letters before, then a space
                      RunCase{"x٣123", {}},         // touches an Arabic-Indic digit (Nd)
                      RunCase{"日123", {}},         // touches a CJK letter (Lo)
                      RunCase{"4.5 and 1,000", {"4", "5", "1", "000"}},
                      RunCase{"(514) 555", {"514", "555"}}, RunCase{"", {}}));

TEST(NumberRunTest, RecordsGroupsAndSeparators) {
  const auto runs = find_number_runs("no 123 45-6789 x");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].group_sizes, (std::vector<std::uint32_t>{3, 2, 4}));
  EXPECT_EQ(runs[0].separators, (std::vector<char>{' ', '-'}));
  EXPECT_EQ(runs[0].span, (ByteSpan{3, 14}));
}

TEST(LuhnTest, PassesAndFails) {
  EXPECT_TRUE(passes_luhn("4111111111111111"));
  EXPECT_TRUE(passes_luhn("123456782"));
  EXPECT_TRUE(passes_luhn("0"));
  EXPECT_FALSE(passes_luhn("4111111111111112"));
  EXPECT_FALSE(passes_luhn("123456789"));
  EXPECT_FALSE(passes_luhn(""));
  EXPECT_FALSE(passes_luhn("12a4"));
}

}  // namespace
}  // namespace pv::policy
