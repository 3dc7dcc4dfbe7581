// Network tokens at rest: libsodium's secretbox (XSalsa20-Poly1305) under the
// `secrets.token_key` of the configuration, which never enters the database.
// A sealed value is "v1." then base64url(nonce || ciphertext), a fresh random
// nonce each time, so that equal tokens do not look equal in the store.
// Immutable after construction; any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pv::networks {

class TokenCipher {
 public:
  // `key`: 32 raw bytes (throws std::invalid_argument otherwise).
  explicit TokenCipher(std::string key);

  std::string seal(std::string_view plaintext) const;
  // nullopt when `sealed` was not made by seal() under this key, or was altered.
  std::optional<std::string> open(std::string_view sealed) const;

 private:
  std::string key_;
};

}  // namespace pv::networks
