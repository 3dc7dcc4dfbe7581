#include "util/ids.h"

#include <set>

#include <gtest/gtest.h>

#include "util/crypto.h"
#include "util/time.h"

namespace pv {
namespace {

TEST(Ids, AreWellFormedAndUnique) {
  crypto::init();
  std::set<std::string> seen;
  auto now = from_unix_seconds(1795100645);
  for (int i = 0; i < 1000; ++i) {
    auto id = new_id(now);
    EXPECT_TRUE(is_id(id)) << id;
    EXPECT_TRUE(seen.insert(id).second);
  }
}

TEST(Ids, SortByCreationTime) {
  crypto::init();
  auto a = new_id(from_unix_seconds(1795100645));
  auto b = new_id(from_unix_seconds(1795100646));
  auto c = new_id(from_unix_seconds(2795100646));
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
}

TEST(Ids, RefusesOtherText) {
  EXPECT_FALSE(is_id(""));
  EXPECT_FALSE(is_id("01ARZ3NDEKTSV4RRFFQ69G5FAV"));  // upper case
  EXPECT_FALSE(is_id("01arz3ndektsv4rrffq69g5fau"));  // 'u' is not Crockford
}

}  // namespace
}  // namespace pv
