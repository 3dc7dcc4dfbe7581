#include "policy/email.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/detector_test_util.h"

namespace pv::policy {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::pair<std::string, std::string>> found;  // address, domain
};

class EmailTest : public ::testing::TestWithParam<Case> {};

TEST_P(EmailTest, FindsAddressesAndDomains) {
  const auto& c = GetParam();
  const std::string_view text = c.text;
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& m : find_emails(text)) {
    got.emplace_back(text.substr(m.span.begin, m.span.end - m.span.begin),
                     text.substr(m.domain.begin, m.domain.end - m.domain.begin));
  }
  EXPECT_EQ(got, c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Addresses, EmailTest,
    ::testing::Values(
        Case{"Plain",
             "envoyez a julie.gagnon.planif@hotmail.com avant",
             {{"julie.gagnon.planif@hotmail.com", "hotmail.com"}}},
        Case{"LocalPunctuation", "x a_b%c+d-e@ex.ca", {{"a_b%c+d-e@ex.ca", "ex.ca"}}},
        Case{"Subdomains",
             "jo@mail.laurentide.example",
             {{"jo@mail.laurentide.example", "mail.laurentide.example"}}},
        Case{"HyphenAndDigitLabels",
             "jo@my-firm2.example.org",
             {{"jo@my-firm2.example.org", "my-firm2.example.org"}}},
        Case{"TrailingDot", "write to jo@example.com.", {{"jo@example.com", "example.com"}}},
        Case{"InParentheses", "(jo@example.com)", {{"jo@example.com", "example.com"}}},
        Case{"AfterScheme", "mailto:jo@example.com", {{"jo@example.com", "example.com"}}},
        Case{"Two", "a@b.co, c@d.org", {{"a@b.co", "b.co"}, {"c@d.org", "d.org"}}},
        Case{"LastLabelWithDigit", "jo@example.c0m", {}},
        Case{"LastLabelOneLetter", "jo@example.c", {}},
        Case{"LastLabelGoodEarlier", "jo@example.com.x1", {{"jo@example.com", "example.com"}}},
        Case{"SingleLabel", "jo@localhost", {}}, Case{"NoLocalPart", "@example.com", {}},
        Case{"EmptyLabel", "jo@example..com", {}},
        Case{"Handle", "merci a @marie-eve.tremblay et", {}},
        Case{"NonAsciiEndsLocalPart", "éjo@example.com", {{"jo@example.com", "example.com"}}},
        Case{"DoubleAt", "a@b@example.com", {{"b@example.com", "example.com"}}}),
    testing::case_name<Case>);

}  // namespace
}  // namespace pv::policy
