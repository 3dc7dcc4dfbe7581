// Detector `phone` (CHARTER.md, "Detectors"): North American (NANP) phone
// numbers. An optional `+1` or `1`, an area code NXX (N is 2 to 9), optionally
// in parentheses, an exchange NXX and four digits, separated by one space,
// dot or hyphen each, or not at all. The number is not preceded by a letter, a
// digit or `+` (other than its own `+1`) and not followed by a letter or a
// digit. Unlike the other numeric detectors it need not be a whole number run:
// `514-555-0199-22` holds the phone number `514-555-0199`.
//
// Reads the folded text. Pure: safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "policy/byte_span.h"

namespace pv::policy {

// Every phone number of `folded`, left to right, not overlapping; where one
// starts, the longest form is taken (with its country code).
std::vector<ByteSpan> find_phones(std::string_view folded);

}  // namespace pv::policy
