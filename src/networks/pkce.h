// PKCE (RFC 7636) for X's authorization code flow: a random verifier kept
// server-side with the `state`, and its S256 challenge sent to the network.
#pragma once

#include <string>
#include <string_view>

namespace pv::networks {

// 43 characters of base64url (32 random bytes): within the 43-128 of RFC 7636.
std::string make_code_verifier();

// BASE64URL(SHA256(verifier)), without padding.
std::string code_challenge_s256(std::string_view verifier);

}  // namespace pv::networks
