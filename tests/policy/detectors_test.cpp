#include "policy/detectors.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/detector_test_util.h"

namespace pv::policy {
namespace {

using testing::covered;

TEST(DetectorNamesTest, RoundTripAsCharterSpellsThem) {
  const std::vector<std::string> expected = {"email",  "phone",        "ca_sin",
                                             "us_ssn", "payment_card", "url"};
  std::vector<std::string> names;
  for (const Detector d : kAllDetectors) {
    names.emplace_back(to_string(d));
    EXPECT_EQ(parse_detector(to_string(d)), d);
  }
  EXPECT_EQ(names, expected);
}

TEST(DetectorNamesTest, RefusesUnknownNames) {
  for (const char* bad : {"", "Email", "sin", "ca-sin", "credit_card", "url "}) {
    EXPECT_FALSE(parse_detector(bad).has_value()) << bad;
  }
}

TEST(DetectTest, RunsEachDetector) {
  const std::string text =
      "client jo@example.com, 905-555-0163, sin 123 456 782, ssn 123-45-6789, "
      "card 5555 5555 5555 4444, https://example.com/x.";
  EXPECT_EQ(covered(text, detect(Detector::kEmail, text)),
            (std::vector<std::string>{"jo@example.com"}));
  EXPECT_EQ(covered(text, detect(Detector::kPhone, text)),
            (std::vector<std::string>{"905-555-0163"}));
  EXPECT_EQ(covered(text, detect(Detector::kCaSin, text)),
            (std::vector<std::string>{"123 456 782"}));
  EXPECT_EQ(covered(text, detect(Detector::kUsSsn, text)),
            (std::vector<std::string>{"123-45-6789"}));
  EXPECT_EQ(covered(text, detect(Detector::kPaymentCard, text)),
            (std::vector<std::string>{"5555 5555 5555 4444"}));
  EXPECT_EQ(covered(text, detect(Detector::kUrl, text)),
            (std::vector<std::string>{"https://example.com/x"}));
}

}  // namespace
}  // namespace pv::policy
