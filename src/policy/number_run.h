// The number runs the numeric detectors share (CHARTER.md, "Detectors"): a
// number is a run of digit groups joined by single spaces or hyphens; it must
// not touch a letter or a digit on either side, and it counts only as a whole
// run. `ca_sin`, `us_ssn` and `payment_card` each judge the runs found here.
//
// Digit groups are ASCII digits (folding turns full-width digits into ASCII);
// any other decimal digit (Nd) next to a run is "a digit touching it".
//
// Pure functions: safe to call from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "policy/byte_span.h"

namespace pv::policy {

struct NumberRun {
  ByteSpan span;                           // from the first digit to the last
  std::string digits;                      // the digits alone, in order
  std::vector<std::uint32_t> group_sizes;  // digits per group
  std::vector<char> separators;            // ' ' or '-', one fewer than groups
};

// Every whole number run of `folded`, left to right. Runs that touch a letter
// or a digit are left out entirely (no part of them is a number).
std::vector<NumberRun> find_number_runs(std::string_view folded);

// The Luhn (mod 10) check over ASCII digits; false for an empty string.
bool passes_luhn(std::string_view digits);

}  // namespace pv::policy
