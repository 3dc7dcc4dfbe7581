// Compares a verdict (to_json's form, as `portevoix check` prints it) with a
// labelled case's expectation: {"verdict", "rules", "silent", "disclaimers"},
// where rules and silent are the sorted ids of the rules with findings (active
// and silent) and disclaimers the ids in charter order. Shared by the example
// cases' test and the conformance runner (run_conformance.cpp).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pv::testing {

// One line per difference ("rules: expected [a, b], got [a]"); empty when the
// verdict gives exactly what is expected.
std::vector<std::string> compare_verdict(const nlohmann::json& verdict,
                                         const nlohmann::json& expect);

// The sorted, distinct rule ids of a findings array.
std::vector<std::string> rule_ids(const nlohmann::json& findings);

}  // namespace pv::testing
