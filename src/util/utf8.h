// UTF-8 validation: the API accepts UTF-8 only.
#pragma once

#include <string_view>

namespace pv {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view s);

}  // namespace pv
