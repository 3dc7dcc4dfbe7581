#include "networks/token_cipher.h"

#include <stdexcept>

#include <sodium.h>

#include "util/crypto.h"

namespace pv::networks {
namespace {

constexpr std::string_view kPrefix = "v1.";

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

TokenCipher::TokenCipher(std::string key) : key_(std::move(key)) {
  if (key_.size() != crypto_secretbox_KEYBYTES) {
    throw std::invalid_argument("the token key must be 32 bytes");
  }
}

std::string TokenCipher::seal(std::string_view plaintext) const {
  std::string nonce = crypto::random_bytes(crypto_secretbox_NONCEBYTES);
  std::string box(crypto_secretbox_MACBYTES + plaintext.size(), '\0');
  crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), bytes(plaintext),
                        plaintext.size(), bytes(nonce), bytes(key_));
  return std::string(kPrefix) + crypto::to_base64url(nonce + box);
}

std::optional<std::string> TokenCipher::open(std::string_view sealed) const {
  if (sealed.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  auto raw = crypto::from_base64url(sealed.substr(kPrefix.size()));
  if (!raw || raw->size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return std::nullopt;
  }
  std::string_view nonce(raw->data(), crypto_secretbox_NONCEBYTES);
  std::string_view box(raw->data() + nonce.size(), raw->size() - nonce.size());
  std::string plain(box.size() - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), bytes(box),
                                 box.size(), bytes(nonce), bytes(key_)) != 0) {
    return std::nullopt;
  }
  return plain;
}

}  // namespace pv::networks
