// The length of a domain label once converted to ASCII the way twitter-text
// converts it (the punycode.js `toASCII` it calls): each part with a
// character outside ASCII becomes "xn--" and its Punycode (RFC 3492); the
// ideographic and full-width full stops split parts like '.'. X refuses to
// link a host with a label longer than 63 characters in that form, so the
// counter needs the length, never the encoding itself.
//
// Pure: safe to call from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pv::sharing::x_text {

// Characters of the RFC 3492 encoding of `code_points` (no "xn--"), or
// nullopt where the encoder overflows, as punycode.js would.
std::optional<std::size_t> punycode_length(std::u32string_view code_points);

// Characters of punycode.js's toASCII(label); nullopt on overflow.
std::optional<std::size_t> to_ascii_length(std::u16string_view label);

}  // namespace pv::sharing::x_text
