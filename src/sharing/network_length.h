// The length of a text as each network counts it (CHARTER.md, "Disclaimers"):
//
// - LinkedIn and Facebook: UTF-16 code units of the text as it is sent, so an
//   astral character (most emoji) counts 2;
// - X: twitter-text 3's weighted length. The text is put in NFC; each URL
//   counts 23 whatever its length, bare domains X links included (x_urls.h);
//   each emoji sequence counts 2 (x_emoji.h); any other code point counts 1
//   in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, else 2.
//
// Input is UTF-8 (validated at the edge). Pure: safe to call from any thread.
#pragma once

#include <cstddef>
#include <string_view>

#include "policy/network.h"

namespace pv::sharing {

using policy::Network;

// The longest published text, as the network counts it: LinkedIn 3,000 and
// Facebook 63,206 UTF-16 code units, X 280 weighted characters.
std::size_t network_limit(Network network);

std::size_t x_weighted_length(std::string_view utf8);

std::size_t network_length(Network network, std::string_view utf8);

}  // namespace pv::sharing
