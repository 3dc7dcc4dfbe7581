// The disclaimers a share carries, with the real engine and the project's
// example charter (schema/charter/example.json): chosen by region, tags,
// role, origin and the rules that fired, in the post's language, short forms
// on X when the full texts do not fit, and too_long when nothing fits.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "policy/charter_loader.h"
#include "sharing/share_plan.h"

namespace pv::sharing {
namespace {

using policy::Network;

const std::string kLink = "https://share.example.com/l/AbCdEfGhIjKl";

std::shared_ptr<const policy::CompiledCharter> example_charter() {
  static auto compiled = [] {
    std::ifstream in(std::string(PV_SOURCE_DIR) + "/schema/charter/example.json");
    std::stringstream text;
    text << in.rdbuf();
    auto charter = policy::load_charter_text(text.str()).value();
    return policy::CompiledCharter::compile(std::move(charter), {"share.example.com"}).value();
  }();
  return compiled;
}

struct Post {
  std::string caption;
  std::string language = "en";
  std::string region = "ON";
  std::vector<std::string> tags = {"registered"};
  policy::Origin origin = policy::Origin::kLibrary;
  Network network = Network::kLinkedIn;
};

struct Published {
  policy::Verdict verdict;
  Composition composition;
};

Published publish(const Post& post) {
  policy::CheckContext context;
  context.network = post.network;
  context.language = post.language;
  context.region = post.region;
  context.role = "advisor";
  context.tags = post.tags;
  context.origin = post.origin;
  context.approved_text = post.caption;
  context.shares_today = 1;
  context.promotional_share = 0;
  auto charter = example_charter();
  auto verdict = charter->check(post.caption, context);
  auto disclaimers = disclaimer_texts(charter->charter(), verdict, post.language);
  auto composition = compose({post.caption, kLink, post.network, disclaimers});
  return {verdict, composition};
}

TEST(DisclaimerMatrix, ARegisteredAdvisorsLibraryShareOnLinkedIn) {
  auto p = publish({"Our quarterly market letter is out."});
  EXPECT_EQ(p.verdict.disclaimers,
            (std::vector<std::string>{"opinion", "registration", "approved-content"}));
  EXPECT_EQ(p.composition.text,
            "Our quarterly market letter is out.\n\n" + kLink +
                "\n\nOpinions are my own and do not necessarily reflect those of Héritage Wealth "
                "Partners. Héritage Securities Inc., member of the Canadian Investment Regulatory "
                "Organization and of the Canadian Investor Protection Fund. Content reviewed by "
                "Héritage Wealth Partners.");
  EXPECT_TRUE(p.composition.fits);
}

TEST(DisclaimerMatrix, InFrenchForAFrenchPost) {
  Post post{"Notre lettre trimestrielle est parue."};
  post.language = "fr-CA";
  post.region = "QC";
  auto p = publish(post);
  EXPECT_EQ(p.composition.text,
            "Notre lettre trimestrielle est parue.\n\n" + kLink +
                "\n\nLes opinions exprimées sont les miennes et ne reflètent pas nécessairement "
                "celles d'Héritage Partenaires de patrimoine. Valeurs mobilières Héritage inc., "
                "membre de l'Organisme canadien de réglementation des investissements et du Fonds "
                "canadien de protection des investisseurs. Contenu révisé par Héritage Partenaires "
                "de patrimoine.");
}

TEST(DisclaimerMatrix, RegionAndTagsChooseTheirs) {
  Post post{"Protect your family this winter."};
  post.region = "QC";
  post.tags = {"insurance"};
  auto p = publish(post);
  EXPECT_EQ(p.verdict.disclaimers,
            (std::vector<std::string>{"opinion", "insurance-qc", "approved-content"}));
  // Outside Québec, the same advisor carries no AMF line.
  post.region = "ON";
  EXPECT_EQ(publish(post).verdict.disclaimers,
            (std::vector<std::string>{"opinion", "approved-content"}));
}

TEST(DisclaimerMatrix, RulesThatFireAddTheirs) {
  Post post{"Enjoy tax-free growth on every dollar."};
  post.origin = policy::Origin::kEdited;  // and an edited caption is not "reviewed content"
  auto p = publish(post);
  EXPECT_EQ(p.verdict.verdict, policy::Action::kFlag);
  EXPECT_EQ(p.verdict.disclaimers, (std::vector<std::string>{"opinion", "registration", "tax"}));
  EXPECT_NE(p.composition.text.find("This is general information, not tax advice."),
            std::string::npos);
  EXPECT_EQ(starting_point(p.verdict.verdict, false, true).review_after, true);
}

TEST(DisclaimerMatrix, ShortFormsOnXWhereTheFullOnesDoNotFit) {
  Post post{"Our quarterly market letter is out: rates, housing and what to watch."};
  post.network = Network::kX;
  auto p = publish(post);
  // On X, no approved-content line (LinkedIn and Facebook only); the two full
  // texts would pass 280, so the first switches to its short form, which fits.
  EXPECT_EQ(p.verdict.disclaimers, (std::vector<std::string>{"opinion", "registration"}));
  EXPECT_EQ(p.composition.short_form_used, (std::vector<bool>{true, false}));
  EXPECT_EQ(p.composition.text, post.caption + "\n\n" + kLink +
                                    "\n\nMy own views. Héritage Securities Inc., member of the "
                                    "Canadian Investment Regulatory Organization and of the "
                                    "Canadian Investor Protection Fund.");
  EXPECT_TRUE(p.composition.fits);
  EXPECT_LE(p.composition.length, 280u);

  // A longer caption needs both short forms.
  post.caption += " Plus our take on the new TFSA room and on fixed-income ladders for 2027.";
  p = publish(post);
  EXPECT_EQ(p.composition.short_form_used, (std::vector<bool>{true, true}));
  EXPECT_NE(p.composition.text.find("My own views. Member CIRO, CIPF."), std::string::npos);
  EXPECT_TRUE(p.composition.fits);
}

TEST(DisclaimerMatrix, TooLongEvenWithShortFormsSaysHowMuchToCut) {
  Post post{std::string(260, 'a')};
  post.network = Network::kX;
  auto p = publish(post);
  EXPECT_FALSE(p.composition.fits);
  // 260 + 2 + 23 (the link) + 2 + "My own views. Member CIRO, CIPF." (32) = 319.
  EXPECT_EQ(p.composition.length, 319u);
  EXPECT_EQ(p.composition.chars_to_cut, 39u);
  auto error = too_long_error(p.composition, Network::kX);
  EXPECT_EQ(error.code(), "too_long");
  EXPECT_EQ(error.details()["chars_to_cut"], 39);
}

TEST(StartingPoint, ByVerdictApprovalAndAccount) {
  using policy::Action;
  struct Case {
    Action verdict;
    bool kept, api;
    const char* status;
    bool review_after;
  } cases[] = {
      {Action::kAllow, false, true, "scheduled", false},
      {Action::kWarn, false, true, "scheduled", false},
      {Action::kAllow, false, false, "awaiting_confirmation", false},
      {Action::kFlag, false, true, "scheduled", true},
      {Action::kFlag, false, false, "awaiting_confirmation", true},
      {Action::kFlag, true, true, "scheduled", false},  // the item's approval holds
      {Action::kReview, false, true, "pending_review", false},
      {Action::kReview, true, true, "scheduled", false},  // the item's approval holds
      {Action::kReview, true, false, "awaiting_confirmation", false},
      {Action::kBlock, false, true, "blocked", false},
      {Action::kBlock, true, true, "blocked", false},  // nothing lifts a block
  };
  for (const auto& c : cases) {
    auto s = starting_point(c.verdict, c.kept, c.api);
    EXPECT_EQ(s.status, c.status) << policy::to_string(c.verdict) << c.kept << c.api;
    EXPECT_EQ(s.review_after, c.review_after) << policy::to_string(c.verdict) << c.kept << c.api;
  }
}

}  // namespace
}  // namespace pv::sharing
