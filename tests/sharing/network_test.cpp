#include "sharing/network.h"

#include <string>

#include <gtest/gtest.h>

namespace pv::sharing {
namespace {

TEST(NetworkTest, NamesRoundTrip) {
  EXPECT_EQ(network_name(Network::kLinkedIn), "linkedin");
  EXPECT_EQ(network_name(Network::kX), "x");
  EXPECT_EQ(network_name(Network::kFacebook), "facebook");
  for (const Network n : kAllNetworks)
    EXPECT_EQ(parse_network(network_name(n)), n);
}

TEST(NetworkTest, ParsesCaseInsensitivelyAndRefusesOthers) {
  EXPECT_EQ(parse_network("LinkedIn"), Network::kLinkedIn);
  EXPECT_EQ(parse_network("X"), Network::kX);
  EXPECT_EQ(parse_network("FACEBOOK"), Network::kFacebook);
  for (const char* bad : {"", "twitter", "linked-in", "x ", "instagram"}) {
    EXPECT_FALSE(parse_network(bad).has_value()) << bad;
  }
}

TEST(NetworkTest, Limits) {
  EXPECT_EQ(network_limit(Network::kLinkedIn), 3000u);
  EXPECT_EQ(network_limit(Network::kX), 280u);
  EXPECT_EQ(network_limit(Network::kFacebook), 63206u);
}

}  // namespace
}  // namespace pv::sharing
