#include "api/json_input.h"

#include "util/utf8.h"

namespace pv::api {
nlohmann::json parse_json_body(const http::Request& request) {
  auto type = request.header("Content-Type");
  if (!request.body.empty() &&
      (!type || type->substr(0, type->find(';')).find("application/json") == std::string::npos)) {
    throw Error(ErrorKind::kUnsupportedMedia, "unsupported_media_type",
                "Send the body as application/json.");
  }
  if (!is_valid_utf8(request.body)) {
    throw Error(ErrorKind::kBadRequest, "malformed_json", "The body is not valid UTF-8.");
  }
  try {
    return nlohmann::json::parse(request.body.empty() ? std::string("{}") : request.body);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::kBadRequest, "malformed_json",
                std::string("The body is not valid JSON: ") + e.what());
  }
}

JsonFields::JsonFields(nlohmann::json body) : body_(std::move(body)) {
  if (!body_.is_object()) {
    errors_.add("body", "must be a JSON object");
    body_ = nlohmann::json::object();
  }
}

const nlohmann::json* JsonFields::get(const std::string& name) {
  known_.insert(name);
  auto it = body_.find(name);
  if (it == body_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string JsonFields::required_string(const std::string& name) {
  const auto* v = get(name);
  if (!v) {
    errors_.add(name, "required");
    return {};
  }
  if (!v->is_string()) {
    errors_.add(name, "must be a string");
    return {};
  }
  return v->get<std::string>();
}

std::optional<std::string> JsonFields::optional_string(const std::string& name) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    errors_.add(name, "must be a string");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::vector<std::string>> JsonFields::optional_string_array(const std::string& name) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  bool ok = v->is_array();
  if (ok) {
    for (const auto& item : *v)
      ok = ok && item.is_string();
  }
  if (!ok) {
    errors_.add(name, "must be an array of strings");
    return std::nullopt;
  }
  return v->get<std::vector<std::string>>();
}

std::vector<std::string> JsonFields::string_array(const std::string& name, bool required) {
  if (required && !body_.contains(name)) {
    known_.insert(name);
    errors_.add(name, "required");
    return {};
  }
  return optional_string_array(name).value_or(std::vector<std::string>{});
}

std::optional<bool> JsonFields::optional_bool(const std::string& name) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    errors_.add(name, "must be true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<long long> JsonFields::optional_integer(const std::string& name, long long min,
                                                      long long max) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  if (!v->is_number_integer() || v->get<long long>() < min || v->get<long long>() > max) {
    errors_.add(name,
                "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return v->get<long long>();
}

std::optional<nlohmann::json> JsonFields::optional_object(const std::string& name) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    errors_.add(name, "must be an object");
    return std::nullopt;
  }
  return *v;
}

std::optional<nlohmann::json> JsonFields::optional_value(const std::string& name) {
  const auto* v = get(name);
  if (!v) return std::nullopt;
  return *v;
}

bool JsonFields::present(const std::string& name) {
  known_.insert(name);
  return body_.contains(name);
}

void JsonFields::finish() {
  for (const auto& [key, value] : body_.items()) {
    if (!known_.contains(key)) errors_.add(key, "unknown field");
  }
  if (!errors_.empty()) throw errors_.error();
}

}  // namespace pv::api
