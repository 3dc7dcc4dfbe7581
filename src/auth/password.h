// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive
// limits). Slow on purpose: call from worker threads, never from I/O threads.
#pragma once

#include <string>
#include <string_view>

namespace pv::auth {

// The minimum length API.md sets, counted in Unicode code points.
inline constexpr std::size_t kMinPasswordLength = 12;

std::size_t password_length(std::string_view password);
std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// A hash of a random password, to verify against when the e-mail is unknown
// so that a failed sign-in takes the same time either way.
const std::string& decoy_hash();

}  // namespace pv::auth
