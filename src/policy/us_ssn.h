// Detector `us_ssn` (CHARTER.md, "Detectors"): a United States social
// security number. A whole number run grouped 3-2-4 with the same separator
// (hyphen or space) twice; the area is not 000, 666 or 9xx, the group not 00,
// the serial not 0000.
//
// Reads the folded text. Pure: safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "policy/byte_span.h"
#include "policy/number_run.h"

namespace pv::policy {

bool is_us_ssn(const NumberRun& run);

std::vector<ByteSpan> find_us_ssns(std::string_view folded);

}  // namespace pv::policy
