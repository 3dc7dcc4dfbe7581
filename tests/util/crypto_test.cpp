#include "util/crypto.h"

#include <gtest/gtest.h>

namespace pv::crypto {
namespace {

TEST(Crypto, Sha256KnownAnswer) {
  init();
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, HmacSha256Rfc4231Case2) {
  init();
  EXPECT_EQ(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Crypto, HexAndBase64RoundTrip) {
  init();
  std::string raw = random_bytes(33);
  EXPECT_EQ(from_hex(to_hex(raw)), raw);
  EXPECT_EQ(from_base64url(to_base64url(raw)), raw);
  EXPECT_FALSE(from_hex("abc"));
  EXPECT_FALSE(from_hex("zz"));
  EXPECT_FALSE(from_base64url("a+b/"));
}

TEST(Crypto, ConstantTimeEquality) {
  EXPECT_TRUE(equal_constant_time("same", "same"));
  EXPECT_FALSE(equal_constant_time("same", "sane"));
  EXPECT_FALSE(equal_constant_time("same", "same!"));
}

}  // namespace
}  // namespace pv::crypto
