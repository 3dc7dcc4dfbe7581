// Detector `payment_card` (CHARTER.md, "Detectors"): a payment card number.
// A whole number run of 13 to 19 digits in any grouping, first digit 2 to 6,
// passing Luhn.
//
// Reads the folded text. Pure: safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "policy/byte_span.h"
#include "policy/number_run.h"

namespace pv::policy {

bool is_payment_card(const NumberRun& run);

std::vector<ByteSpan> find_payment_cards(std::string_view folded);

}  // namespace pv::policy
