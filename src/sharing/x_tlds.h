// twitter-text's top-level domain lists (x_tld_data.cpp), which decide the
// bare domains X links, and the lookups the X counter's URL extractor makes.
//
// The tables are built once, on first use, and never change after: safe to
// call from any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace pv::sharing::x_text {

// Space-separated names, lower case and NFC (x_tld_data.cpp).
extern const std::string_view kCountryTlds;
extern const std::string_view kGenericTlds;

enum class TldList { kGeneric, kCountry };

// Whether `name`, lower case UTF-16, is in `list`.
bool is_tld(TldList list, std::u16string_view name);

// The longest name of either list, in UTF-16 code units.
std::size_t max_tld_length();

}  // namespace pv::sharing::x_text
