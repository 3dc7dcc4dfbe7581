// Share-intent URLs: each network's dialog, prefilled as far as it allows.
#include "networks/share_intent.h"

#include <gtest/gtest.h>

namespace pv::testing {
namespace {

using namespace pv::networks;
using policy::Network;

const std::string kLink = "https://blog.example.com/q3?utm_source=x&utm_medium=advocacy";

TEST(ShareIntent, LinkedInTakesTheLinkOnlyEncodedOnce) {
  EXPECT_EQ(linkedin_share_url(kLink),
            "https://www.linkedin.com/sharing/share-offsite/"
            "?url=https%3A%2F%2Fblog.example.com%2Fq3%3Futm_source%3Dx%26utm_medium%3Dadvocacy");
}

TEST(ShareIntent, FacebookTakesTheLinkOnly) {
  EXPECT_EQ(facebook_share_url("https://blog.example.com/q3"),
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fblog.example.com%2Fq3");
}

TEST(ShareIntent, XPrefillsTextLinkHashtagsAndVia) {
  ShareIntent in{"Proud of our team's launch & more",
                 "https://blog.example.com/q3",
                 {"engineering", "#launch", "épargne"},
                 "@ExampleEng"};
  EXPECT_EQ(
      x_share_url(in),
      "https://twitter.com/intent/tweet?text=Proud%20of%20our%20team%27s%20launch%20%26%20more"
      "&url=https%3A%2F%2Fblog.example.com%2Fq3&hashtags=engineering,launch,%C3%A9pargne"
      "&via=ExampleEng");
  EXPECT_EQ(x_share_url({"Just text", {}, {}, {}}),
            "https://twitter.com/intent/tweet?text=Just%20text");
}

TEST(ShareIntent, DispatchByNetwork) {
  ShareIntent in{"Text", "https://a.example/", {}, {}};
  EXPECT_EQ(share_intent_url(Network::kLinkedIn, in), linkedin_share_url("https://a.example/"));
  EXPECT_EQ(share_intent_url(Network::kFacebook, in), facebook_share_url("https://a.example/"));
  EXPECT_EQ(share_intent_url(Network::kX, in), x_share_url(in));
  // LinkedIn's and Facebook's dialogs share a link or nothing.
  EXPECT_EQ(share_intent_url(Network::kLinkedIn, {"Text", {}, {}, {}}), std::nullopt);
  EXPECT_EQ(share_intent_url(Network::kFacebook, {"Text", {}, {}, {}}), std::nullopt);
}

}  // namespace
}  // namespace pv::testing
