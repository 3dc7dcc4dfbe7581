// The charter model's helpers: rule-id globs, language subtags, localized
// texts and the names of its enums.
#include <gtest/gtest.h>

#include "policy/charter.h"

namespace pv::policy {
namespace {

TEST(GlobMatches, StarMatchesAnyRunIncludingDots) {
  struct Case {
    const char* glob;
    const char* id;
    bool matches;
  } cases[] = {
      {"performance.*", "performance.figures", true},
      {"performance.*", "performance.", true},
      {"performance.*", "performance", false},
      {"performance.*", "performances.figures", false},
      {"*", "anything.at.all", true},
      {"*.figures", "performance.figures", true},
      {"*.figures", "a.b.figures", true},
      {"*.figures", "performance.figures-2", false},
      {"p*e.*s", "performance.figures", true},
      {"p*e.*s", "performance.figure", false},
      {"privacy.sin", "privacy.sin", true},
      {"privacy.sin", "privacy.ssn", false},
      {"privacy.*.*", "privacy.client.email", true},
      {"privacy.*.*", "privacy.client-email", false},
      {"**", "", true},
      {"a*", "", false},
      {"Performance.*", "performance.figures", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(glob_matches(c.glob, c.id), c.matches) << c.glob << " vs " << c.id;
  }
}

TEST(PrimaryLanguage, LowerCasePrimarySubtag) {
  EXPECT_EQ(primary_language("fr-CA"), "fr");
  EXPECT_EQ(primary_language("EN_us"), "en");
  EXPECT_EQ(primary_language("fr"), "fr");
  EXPECT_EQ(primary_language(""), "");
}

TEST(LocalizedText, FrenchOnlyForFrenchAndWhenPresent) {
  const LocalizedText both{"Hello", "Bonjour"};
  EXPECT_EQ(both.in("fr"), "Bonjour");
  EXPECT_EQ(both.in("FR-ca"), "Bonjour");
  EXPECT_EQ(both.in("en"), "Hello");
  EXPECT_EQ(both.in("es"), "Hello");
  EXPECT_EQ(both.in(""), "Hello");
  const LocalizedText english{"Hello", std::nullopt};
  EXPECT_EQ(english.in("fr"), "Hello");
}

TEST(EnumNames, RoundTripAndSeverityOrder) {
  for (Action a : {Action::kAllow, Action::kWarn, Action::kFlag, Action::kReview, Action::kBlock}) {
    EXPECT_EQ(parse_action(to_string(a)), a);
  }
  EXPECT_EQ(parse_action("Block"), std::nullopt);
  EXPECT_LT(Action::kAllow, Action::kWarn);
  EXPECT_LT(Action::kWarn, Action::kFlag);
  EXPECT_LT(Action::kFlag, Action::kReview);
  EXPECT_LT(Action::kReview, Action::kBlock);
  EXPECT_EQ(most_severe(Action::kFlag, Action::kReview), Action::kReview);
  EXPECT_EQ(most_severe(Action::kBlock, Action::kWarn), Action::kBlock);

  for (Detector d : {Detector::kEmail, Detector::kPhone, Detector::kCaSin, Detector::kUsSsn,
                     Detector::kPaymentCard, Detector::kUrl}) {
    EXPECT_EQ(parse_detector(to_string(d)), d);
  }
  EXPECT_EQ(to_string(Detector::kCaSin), "ca_sin");
  for (Network n : {Network::kLinkedIn, Network::kX, Network::kFacebook}) {
    EXPECT_EQ(parse_network(to_string(n)), n);
  }
  EXPECT_EQ(to_string(Network::kLinkedIn), "linkedin");
  for (Origin o : {Origin::kLibrary, Origin::kEdited, Origin::kOriginal}) {
    EXPECT_EQ(parse_origin(to_string(o)), o);
  }
  EXPECT_EQ(parse_origin("copied"), std::nullopt);
}

}  // namespace
}  // namespace pv::policy
