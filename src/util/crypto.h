// Hashes, MACs, randomness and encodings, all from libsodium. Call
// crypto_init() once before any other function (the composition root does).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pv::crypto {

void init();

// `n` bytes from the operating system's CSPRNG.
std::string random_bytes(std::size_t n);
// A random token of `n` bytes, base64url without padding (for cookies, bearer tokens).
std::string random_token(std::size_t n = 32);

std::string sha256(std::string_view data);  // 32 raw bytes
std::string sha256_hex(std::string_view data);
// HMAC-SHA256 of `data` under `key` (any length), 32 raw bytes.
std::string hmac_sha256(std::string_view key, std::string_view data);

// Comparison in time independent of where the inputs differ.
bool equal_constant_time(std::string_view a, std::string_view b);

std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);
std::string to_base64url(std::string_view bytes);
std::optional<std::string> from_base64url(std::string_view text);

}  // namespace pv::crypto
