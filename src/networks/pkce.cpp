#include "networks/pkce.h"

#include "util/crypto.h"

namespace pv::networks {

std::string make_code_verifier() {
  return crypto::random_token(32);
}

std::string code_challenge_s256(std::string_view verifier) {
  return crypto::to_base64url(crypto::sha256(verifier));
}

}  // namespace pv::networks
