// Loading a usage charter (CHARTER.md): JSON in, a validated Charter out, or
// every mistake in the file. A charter with any mistake is refused as a whole;
// nothing half-loaded is ever returned.
//
// Errors: the Result's Error is kind kInvalid with code "charter_invalid"
// (kBadRequest, "charter_syntax" for text that is not JSON). Its message lists
// every mistake on its own line as "JSON path: message", e.g.
//   rules[3].match.near[1]: unknown list @prodcuts
// and its details hold them as {"errors": [{"path": ..., "message": ...}]},
// in document order, which charter_errors() reads back. Paths name keys with
// dots and indexes in brackets; "$" is the charter itself; a key that is not a
// plain name is quoted (lists["my list"]). Text that is not JSON gives one
// error with an empty path and a message that starts "line L, column C:".
//
// Pure functions: no I/O, no shared state; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/charter.h"
#include "util/error.h"
#include "util/result.h"

namespace pv::policy {

struct CharterError {
  std::string path;  // "rules[3].match.near[1]"; "$" for the charter; "" for a syntax error
  std::string message;

  // "path: message" (or the message alone when there is no path).
  std::string text() const;
  bool operator==(const CharterError&) const = default;
};

// Validates and converts a parsed charter document.
Result<Charter> load_charter(const nlohmann::json& document);

// Parses `text` as JSON (refusing duplicate keys in an object, which the
// parsed form could not show), then loads it as load_charter() does.
Result<Charter> load_charter_text(std::string_view text);

// The errors an Error from load_charter()/load_charter_text() carries; empty
// for any other Error.
std::vector<CharterError> charter_errors(const Error& error);

}  // namespace pv::policy
