// RFC 8785 (JSON Canonicalization Scheme): the one byte form of a JSON value
// that the audit chain hashes. Object members sorted by their names' UTF-16
// code units, no white space, strings escaped minimally, numbers in
// ECMAScript's shortest form.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace pv::audit {

std::string canonical_json(const nlohmann::json& value);

}  // namespace pv::audit
