// ca_sin, us_ssn and payment_card over folded text.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/ca_sin.h"
#include "policy/detector_test_util.h"
#include "policy/payment_card.h"
#include "policy/us_ssn.h"

namespace pv::policy {
namespace {

using testing::covered;

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> found;
};

class CaSinTest : public ::testing::TestWithParam<Case> {};

TEST_P(CaSinTest, Finds) {
  const auto& c = GetParam();
  EXPECT_EQ(covered(c.text, find_ca_sins(c.text)), c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Sin, CaSinTest,
    ::testing::Values(
        Case{"Ungrouped", "my sin is 123456782.", {"123456782"}},
        Case{"Spaces", "sin: 123 456 782", {"123 456 782"}},
        Case{"Hyphens", "your sin (e.g. 372-018-465) for", {"372-018-465"}},
        Case{"LuhnFails", "sin 123 456 789", {}},
        Case{"FirstDigitZero", "sin 046 454 286", {}},   // passes Luhn, starts with 0
        Case{"FirstDigitEight", "sin 812 345 676", {}},  // passes Luhn, starts with 8
        Case{"FirstDigitNine", "temp sin 934 567 892", {"934 567 892"}},
        Case{"MixedSeparators", "sin 123 456-782", {}}, Case{"OtherGrouping", "sin 1234 56782", {}},
        Case{"TenDigits", "sin 1234567824", {}}, Case{"TouchesLetter", "sin123456782", {}},
        Case{"PartOfLongerRun", "ref 123 456 782 999", {}},
        Case{"DollarBefore", "paid $123 456 782 today", {}},
        Case{"DollarBeforeSpaced", "paid $ 123456782", {}},
        Case{"DollarAfter", "a remis 130 692 544 $ en bourses", {}},
        Case{"DollarAfterTouching", "130692544$", {}}, Case{"EuroAfter", "130 692 544 €", {}},
        Case{"PoundBefore", "£123456782", {}}, Case{"PercentAfter", "123456782 %", {}},
        Case{"WordDollars", "406 000 000 dollars", {}}, Case{"WordDollar", "dollar 406000000 ", {}},
        Case{"WordUsd", "406 000 000 usd d'actifs", {}},
        Case{"WordCadBefore", "cad 130 692 544", {}}, Case{"WordEur", "130692544 eur", {}},
        Case{"WordPrefixIsNotAmount", "130692544 euros", {"130692544"}},
        Case{"WordInsideIsNotAmount", "the usda 130692544", {"130692544"}},
        Case{"DecimalComma", "130692544,50", {}}, Case{"DecimalPoint", "130692544.50", {}},
        Case{"SentenceEndIsNotDecimal", "it is 130692544. next", {"130692544"}},
        Case{"CommaThenSpaceIsNotDecimal", "130692544, then", {"130692544"}},
        Case{"Two", "123456782 and 372-018-465", {"123456782", "372-018-465"}}),
    testing::case_name<Case>);

class UsSsnTest : public ::testing::TestWithParam<Case> {};

TEST_P(UsSsnTest, Finds) {
  const auto& c = GetParam();
  EXPECT_EQ(covered(c.text, find_us_ssns(c.text)), c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Ssn, UsSsnTest,
    ::testing::Values(
        Case{"Hyphens", "ssn 123-45-6789 on file", {"123-45-6789"}},
        Case{"Spaces", "ssn 123 45 6789", {"123 45 6789"}},
        Case{"MixedSeparators", "ssn 123-45 6789", {}}, Case{"Ungrouped", "ssn 123456789", {}},
        Case{"OtherGrouping", "ssn 12-345-6789", {}}, Case{"Area000", "ssn 000-12-3456", {}},
        Case{"Area666", "ssn 666-12-3456", {}}, Case{"Area9xx", "ssn 912-34-5678", {}},
        Case{"Area665", "ssn 665-12-3456", {"665-12-3456"}},
        Case{"Area899", "ssn 899-12-3456", {"899-12-3456"}}, Case{"Group00", "ssn 123-00-4567", {}},
        Case{"Serial0000", "ssn 123-45-0000", {}}, Case{"PartOfLongerRun", "ssn 123-45-6789-1", {}},
        Case{"TouchesLetter", "ssn 123-45-6789a", {}},
        Case{"AmountsDoNotMatter", "$123-45-6789", {"123-45-6789"}}),
    testing::case_name<Case>);

class PaymentCardTest : public ::testing::TestWithParam<Case> {};

TEST_P(PaymentCardTest, Finds) {
  const auto& c = GetParam();
  EXPECT_EQ(covered(c.text, find_payment_cards(c.text)), c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Card, PaymentCardTest,
    ::testing::Values(Case{"Spaces", "card 5555 5555 5555 4444 on file", {"5555 5555 5555 4444"}},
                      Case{"Hyphens", "4111-1111-1111-1111", {"4111-1111-1111-1111"}},
                      Case{"Ungrouped", "4111111111111111", {"4111111111111111"}},
                      Case{"AmexGrouping", "378282246310005", {"378282246310005"}},
                      Case{"OddGrouping", "60 1111 11111 11117", {"60 1111 11111 11117"}},
                      Case{"Thirteen", "4111111111119", {"4111111111119"}},
                      Case{"Nineteen", "4111111111111111110", {"4111111111111111110"}},
                      Case{"Twelve", "411111111116", {}},
                      Case{"TwentyOne", "411111111111111111117", {}},
                      Case{"LuhnFails", "4111 1111 1111 1112", {}},
                      Case{"FirstDigitOne", "1111111111112", {}},
                      Case{"FirstDigitSeven", "71111111111117", {}},
                      Case{"FirstDigitTwo", "2223003122003222", {"2223003122003222"}},
                      Case{"TouchesLetter", "x4111111111111111", {}},
                      Case{"PartOfLongerRun", "4111 1111 1111 1111 1111 1", {}}),
    testing::case_name<Case>);

TEST(NumericDetectorsTest, OneNumberMayBeSeveralThings) {
  // 9 digits cannot be a card, but a 3-2-4 SSN-shaped run is judged by each.
  const std::string text = "ssn 123-45-6789, card 4111 1111 1111 1111, sin 123 456 782";
  EXPECT_EQ(covered(text, find_us_ssns(text)), (std::vector<std::string>{"123-45-6789"}));
  EXPECT_EQ(covered(text, find_payment_cards(text)),
            (std::vector<std::string>{"4111 1111 1111 1111"}));
  EXPECT_EQ(covered(text, find_ca_sins(text)), (std::vector<std::string>{"123 456 782"}));
}

}  // namespace
}  // namespace pv::policy
