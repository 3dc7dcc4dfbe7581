#include "analytics/visitor_key.h"

#include <gtest/gtest.h>

namespace pv::analytics {
namespace {

TEST(VisitorKey, KeyedOnSaltAddressAndAgentNeverTheAddressItself) {
  auto k = visitor_key("salt", "203.0.113.7", "Firefox");
  EXPECT_EQ(k.size(), 32u);
  EXPECT_EQ(k.find("203"), std::string::npos);
  EXPECT_EQ(k, visitor_key("salt", "203.0.113.7", "Firefox"));
  EXPECT_NE(k, visitor_key("other salt", "203.0.113.7", "Firefox"));
  EXPECT_NE(k, visitor_key("salt", "203.0.113.8", "Firefox"));
  EXPECT_NE(k, visitor_key("salt", "203.0.113.7", "Chrome"));
  // The separator keeps address and agent apart.
  EXPECT_NE(visitor_key("salt", "a", "bc"), visitor_key("salt", "ab", "c"));
}

}  // namespace
}  // namespace pv::analytics
