#include "policy/network.h"

#include <gtest/gtest.h>

#include "sharing/network_length.h"

namespace pv::sharing {
namespace {

TEST(NetworkTest, NamesRoundTrip) {
  EXPECT_EQ(to_string(Network::kLinkedIn), "linkedin");
  EXPECT_EQ(to_string(Network::kX), "x");
  EXPECT_EQ(to_string(Network::kFacebook), "facebook");
  for (const Network n : policy::kAllNetworks)
    EXPECT_EQ(policy::parse_network(to_string(n)), n);
}

TEST(NetworkTest, ParsesExactNamesOnly) {
  for (const char* bad : {"", "LinkedIn", "X", "twitter", "linked-in", "x ", "instagram"}) {
    EXPECT_FALSE(policy::parse_network(bad).has_value()) << bad;
  }
}

TEST(NetworkTest, Limits) {
  EXPECT_EQ(network_limit(Network::kLinkedIn), 3000u);
  EXPECT_EQ(network_limit(Network::kX), 280u);
  EXPECT_EQ(network_limit(Network::kFacebook), 63206u);
}

}  // namespace
}  // namespace pv::sharing
