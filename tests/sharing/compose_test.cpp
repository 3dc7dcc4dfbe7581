#include "sharing/compose.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sharing/network_length.h"

namespace pv::sharing {
namespace {

DisclaimerText disclaimer(std::string full, std::optional<std::string> short_form = std::nullopt) {
  return {std::move(full), std::move(short_form)};
}

TEST(ComposeTest, CaptionLinkAndDisclaimers) {
  const auto c = compose({"Our 2026 outlook is out.",
                          "https://go.example/s/abc",
                          Network::kLinkedIn,
                          {disclaimer("Opinions are my own."), disclaimer("Not advice.")}});
  EXPECT_EQ(c.text,
            "Our 2026 outlook is out.\n\nhttps://go.example/s/abc\n\n"
            "Opinions are my own. Not advice.");
  EXPECT_EQ(c.length, c.text.size());
  EXPECT_EQ(c.limit, 3000u);
  EXPECT_TRUE(c.fits);
  EXPECT_EQ(c.chars_to_cut, 0u);
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{false, false}));
}

TEST(ComposeTest, NoLink) {
  const auto c =
      compose({"Caption.", std::nullopt, Network::kFacebook, {disclaimer("Opinions are my own.")}});
  EXPECT_EQ(c.text, "Caption.\n\nOpinions are my own.");
  EXPECT_EQ(c.limit, 63206u);
}

TEST(ComposeTest, NoDisclaimersLeavesNoTrailingBlankLine) {
  EXPECT_EQ(compose({"Caption.", "https://go.example/s/abc", Network::kX, {}}).text,
            "Caption.\n\nhttps://go.example/s/abc");
  EXPECT_EQ(compose({"Caption.", std::nullopt, Network::kX, {}}).text, "Caption.");
}

TEST(ComposeTest, ShortFormsOnlyWhenTheFullTextDoesNotFit) {
  const auto c = compose({"Short caption.",
                          std::nullopt,
                          Network::kX,
                          {disclaimer("Opinions are my own.", "Own views.")}});
  EXPECT_EQ(c.text, "Short caption.\n\nOpinions are my own.");
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{false}));
}

// X: a 230-character caption leaves 50 for the blank line and disclaimers.
class ComposeXTest : public ::testing::Test {
 protected:
  const std::string caption_ = std::string(230, 'a');
  const DisclaimerText first_ = disclaimer(std::string(30, 'f'), std::string(10, 'f'));
  const DisclaimerText second_ = disclaimer(std::string(30, 's'), std::string(10, 's'));
};

TEST_F(ComposeXTest, SwitchesShortFormsFirstToLastUntilItFits) {
  // Full: 230 + 2 + 30 + 1 + 30 = 293. First short: 273, which fits.
  const auto c = compose({caption_, std::nullopt, Network::kX, {first_, second_}});
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{true, false}));
  EXPECT_EQ(c.text, caption_ + "\n\n" + std::string(10, 'f') + " " + std::string(30, 's'));
  EXPECT_EQ(c.length, 273u);
  EXPECT_TRUE(c.fits);
}

TEST_F(ComposeXTest, SwitchesTheNextWhenTheFirstIsNotEnough) {
  // With a 23-character link: 230 + 2 + 23 + 2 + 10 + 1 + 30 = 298, then 278.
  const auto c = compose({caption_,
                          "https://lien.laurentide.ca/s/" + std::string(80, 'x'),
                          Network::kX,
                          {first_, second_}});
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{true, true}));
  EXPECT_EQ(c.length, 278u);
  EXPECT_TRUE(c.fits);
}

TEST_F(ComposeXTest, SkipsDisclaimersWithoutAShortForm) {
  const auto no_short = disclaimer(std::string(30, 'n'));
  const auto c = compose({caption_, std::nullopt, Network::kX, {no_short, second_}});
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{false, true}));
  EXPECT_EQ(c.text, caption_ + "\n\n" + std::string(30, 'n') + " " + std::string(10, 's'));
  EXPECT_EQ(c.length, 273u);
}

TEST_F(ComposeXTest, StillTooLongSaysHowMuchToCut) {
  // 270 + 2 + 10 + 1 + 10 = 293 even with both short forms: 13 too many.
  const auto c = compose({std::string(270, 'a'), std::nullopt, Network::kX, {first_, second_}});
  EXPECT_FALSE(c.fits);
  EXPECT_EQ(c.short_form_used, (std::vector<bool>{true, true}));
  EXPECT_EQ(c.length, 293u);
  EXPECT_EQ(c.chars_to_cut, 13u);
  const Error e = too_long_error(c, Network::kX);
  EXPECT_EQ(e.code(), kTooLong);
  EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
  EXPECT_EQ(e.details()["chars_to_cut"], 13);
  EXPECT_EQ(e.details()["limit"], 280);
  EXPECT_EQ(e.details()["network"], "x");
}

TEST(ComposeTest, CountsAsTheNetworkDoes) {
  // 1,490 astral emoji are 2,980 UTF-16 units: with "\n\n" and a 19-unit
  // disclaimer LinkedIn sees 3,001, one too many, while X counts each as 2.
  std::string caption;
  for (int i = 0; i < 1490; ++i)
    caption += "😷";
  const auto linkedin =
      compose({caption, std::nullopt, Network::kLinkedIn, {disclaimer("Opinions are my own")}});
  EXPECT_EQ(linkedin.length, 3001u);
  EXPECT_FALSE(linkedin.fits);
  EXPECT_EQ(linkedin.chars_to_cut, 1u);
  const auto x = compose({"😷😷", std::nullopt, Network::kX, {}});
  EXPECT_EQ(x.length, 4u);
}

TEST(ComposeTest, LinksCount23OnX) {
  const std::string link = "https://lien.laurentide.ca/s/" + std::string(300, 'z');
  const auto c = compose({"Read this", link, Network::kX, {disclaimer("Not advice.")}});
  EXPECT_EQ(c.length, 9u + 2u + 23u + 2u + 11u);
  EXPECT_TRUE(c.fits);
}

}  // namespace
}  // namespace pv::sharing
