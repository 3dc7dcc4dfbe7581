#include "auth/password.h"

#include <stdexcept>

#include <sodium.h>

#include "util/crypto.h"

namespace pv::auth {

std::size_t password_length(std::string_view password) {
  std::size_t n = 0;
  for (char c : password) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

const std::string& decoy_hash() {
  static const std::string kHash = hash_password(crypto::random_token(24));
  return kHash;
}

}  // namespace pv::auth
