// Detector `ca_sin` (CHARTER.md, "Detectors"): a Canadian social insurance
// number. A whole number run of 9 digits, ungrouped or grouped 3-3-3 with the
// same separator twice, passing Luhn, first digit not 0 or 8, and not an
// amount: neither preceded nor followed (spaces allowed) by `$`, `€`, `£`,
// `%` or the whole words `dollar`, `dollars`, `cad`, `usd`, `eur`, and not
// immediately followed by a decimal part (`,` or `.` then a digit).
//
// Reads the folded text (lower case). Pure: safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "policy/byte_span.h"
#include "policy/number_run.h"

namespace pv::policy {

// Whether `run`, found in `folded`, is a social insurance number.
bool is_ca_sin(const NumberRun& run, std::string_view folded);

std::vector<ByteSpan> find_ca_sins(std::string_view folded);

}  // namespace pv::policy
