// Reading a request's JSON body into typed fields: 400 when the body is not
// JSON (or not UTF-8), 415 when it is not sent as JSON, 422 naming every field
// that is missing, of the wrong type, or unknown (unknown fields are usually
// typos, and a client must not believe they were taken into account).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/request.h"
#include "util/error.h"

namespace pv::api {

// The body as JSON; throws pv::Error (400 malformed_json, 415).
nlohmann::json parse_json_body(const http::Request& request);

// Reads the fields of a JSON object. Every getter records what is wrong and
// carries on; finish() throws one 422 naming all of them.
class JsonFields {
 public:
  explicit JsonFields(nlohmann::json body);

  std::string required_string(const std::string& name);
  std::optional<std::string> optional_string(const std::string& name);
  std::vector<std::string> string_array(const std::string& name, bool required = false);
  std::optional<std::vector<std::string>> optional_string_array(const std::string& name);
  std::optional<bool> optional_bool(const std::string& name);
  std::optional<long long> optional_integer(const std::string& name, long long min, long long max);
  std::optional<nlohmann::json> optional_object(const std::string& name);
  // Any JSON value, unchecked (the caller validates it).
  std::optional<nlohmann::json> optional_value(const std::string& name);
  // Whether the body has the field, null included (a PATCH's null clears it).
  bool present(const std::string& name);

  void add_error(const std::string& field, const std::string& reason) {
    errors_.add(field, reason);
  }
  // Throws 422 invalid_fields when anything was wrong or unknown.
  void finish();

 private:
  const nlohmann::json* get(const std::string& name);

  nlohmann::json body_;
  std::set<std::string> known_;
  FieldErrors errors_;
};

}  // namespace pv::api
