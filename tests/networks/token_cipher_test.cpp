// Tokens at rest: sealed under the token key, unreadable without it.
#include "networks/token_cipher.h"

#include <gtest/gtest.h>

#include "util/crypto.h"

namespace pv::testing {
namespace {

using networks::TokenCipher;

class TokenCipherTest : public ::testing::Test {
 protected:
  TokenCipherTest() { crypto::init(); }
  TokenCipher cipher_{crypto::random_bytes(32)};
};

TEST_F(TokenCipherTest, RoundTrip) {
  for (const std::string& token :
       std::vector<std::string>{"", "AQV-token", std::string(600, 'x'), std::string("\0\xff", 2)}) {
    auto sealed = cipher_.seal(token);
    EXPECT_EQ(sealed.rfind("v1.", 0), 0u);
    EXPECT_EQ(cipher_.open(sealed), token);
  }
}

TEST_F(TokenCipherTest, NothingOfTheTokenShowsAndEqualTokensLookDifferent) {
  auto a = cipher_.seal("EAAB-page-token-123"), b = cipher_.seal("EAAB-page-token-123");
  EXPECT_NE(a, b);  // a fresh nonce each time
  EXPECT_EQ(a.find("EAAB"), std::string::npos);
}

TEST_F(TokenCipherTest, AnotherKeyOrAnAlterationOpensNothing) {
  auto sealed = cipher_.seal("secret");
  TokenCipher other(crypto::random_bytes(32));
  EXPECT_EQ(other.open(sealed), std::nullopt);
  std::string altered = sealed;
  altered[altered.size() - 3] = altered[altered.size() - 3] == 'A' ? 'B' : 'A';
  EXPECT_EQ(cipher_.open(altered), std::nullopt);
  EXPECT_EQ(cipher_.open("v1."), std::nullopt);
  EXPECT_EQ(cipher_.open("secret"), std::nullopt);
  EXPECT_EQ(cipher_.open(sealed.substr(3)), std::nullopt);
}

TEST_F(TokenCipherTest, KeyMustBe32Bytes) {
  EXPECT_THROW(TokenCipher(std::string(16, 'k')), std::invalid_argument);
}

}  // namespace
}  // namespace pv::testing
