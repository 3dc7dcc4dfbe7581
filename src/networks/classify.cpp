#include "networks/classify.h"

#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

#include "http/http_date.h"
#include "networks/call.h"

namespace pv::networks {
namespace {

using nlohmann::json;

json parse(const std::string& body) {
  auto doc = json::parse(body, nullptr, false);
  return doc.is_discarded() ? json::object() : doc;
}

std::string text(const json& doc, const char* key) {
  auto it = doc.find(key);
  if (it == doc.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

std::optional<long long> number(std::string_view s) {
  long long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<long long> header_number(const http::ClientResponse& r, std::string_view name) {
  auto value = r.headers.get(name);
  return value ? number(*value) : std::nullopt;
}

// Retry-After: seconds, or an HTTP date.
std::optional<TimePoint> retry_after(const http::ClientResponse& r, TimePoint now) {
  auto value = r.headers.get("Retry-After");
  if (!value) return std::nullopt;
  if (auto seconds = number(*value)) return now + std::chrono::seconds(std::max(0LL, *seconds));
  return http::parse_http_date(*value);
}

Failure make(FailureClass kind, const http::ClientResponse& r, std::string code,
             std::string reason) {
  if (reason.empty()) reason = "HTTP " + std::to_string(r.status);
  return Failure{kind, std::move(reason), std::move(code), r.status, std::nullopt};
}

// The class a status alone suggests, for what the network's body does not settle.
FailureClass by_status(int status) {
  if (status == 401) return FailureClass::kNeedsReconnect;
  if (status == 429) return FailureClass::kRateLimited;
  if (status >= 500) return FailureClass::kTransient;
  return FailureClass::kRejected;
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

Failure classify_linkedin(const http::ClientResponse& r, TimePoint now) {
  json doc = parse(r.body);
  std::string code = text(doc, "code");
  if (code.empty()) code = text(doc, "serviceErrorCode");
  if (auto details = doc.find("errorDetails"); details != doc.end() && details->is_object()) {
    auto inputs = details->contains("inputErrors") ? (*details)["inputErrors"] : json::array();
    if (inputs.is_array() && !inputs.empty() && inputs[0].is_object()) {
      code = text(inputs[0], "code");
    }
  }
  FailureClass kind = by_status(r.status);
  if (r.status == 403) kind = FailureClass::kNeedsReconnect;  // a permission the token lacks
  auto f = make(kind, r, code, text(doc, "message"));
  if (kind == FailureClass::kRateLimited) f.retry_at = retry_after(r, now);
  return f;
}

Failure classify_x(const http::ClientResponse& r, TimePoint now) {
  json doc = parse(r.body);
  std::string type = text(doc, "type");
  std::string reason = text(doc, "detail");
  if (reason.empty()) reason = text(doc, "title");
  std::string code = type.substr(type.rfind('/') + 1);
  if (auto errors = doc.find("errors");
      errors != doc.end() && errors->is_array() && !errors->empty() && (*errors)[0].is_object()) {
    if (reason.empty()) reason = text((*errors)[0], "message");
    if (code.empty() || code == "about:blank") code = text((*errors)[0], "code");
  }
  if (code == "about:blank") code.clear();
  FailureClass kind = by_status(r.status);
  if (contains(type, "unsupported-authentication")) kind = FailureClass::kNeedsReconnect;
  if (contains(type, "usage-capped")) kind = FailureClass::kRejected;
  if (r.status == 403 && contains(reason, "duplicate")) code = "duplicate";
  auto f = make(kind, r, code, reason);
  if (kind == FailureClass::kRateLimited) {
    // The latest reset among the windows that are spent.
    std::optional<long long> reset;
    for (auto [remaining, at] : {std::pair{"x-rate-limit-remaining", "x-rate-limit-reset"},
                                 {"x-user-limit-24hour-remaining", "x-user-limit-24hour-reset"},
                                 {"x-app-limit-24hour-remaining", "x-app-limit-24hour-reset"}}) {
      auto left = header_number(r, remaining);
      auto when = header_number(r, at);
      if (when && (!left || *left == 0)) reset = std::max(reset.value_or(0), *when);
    }
    f.retry_at =
        reset ? std::optional(TimePoint(std::chrono::seconds(*reset))) : retry_after(r, now);
  }
  return f;
}

Failure classify_facebook(const http::ClientResponse& r, TimePoint now) {
  json doc = parse(r.body);
  json error = doc.is_object() && doc.contains("error") ? doc["error"] : json::object();
  if (!error.is_object()) error = json::object();
  const long long code = integer_field(error, "code");
  const long long subcode = integer_field(error, "error_subcode");
  FailureClass kind = r.status >= 500 ? FailureClass::kTransient : FailureClass::kRejected;
  if (code == 190 || code == 102 || code == 10 || (code >= 200 && code <= 299)) {
    kind = FailureClass::kNeedsReconnect;
  } else if (code == 4 || code == 17 || code == 32 || code == 613 ||
             (code >= 80001 && code <= 80014)) {
    kind = FailureClass::kRateLimited;
  } else if (code == 1 || code == 2 || bool_field(error, "is_transient")) {
    kind = FailureClass::kTransient;
  } else if (code == 0) {
    kind = by_status(r.status);
  }
  std::string code_text = code ? std::to_string(code) : "";
  if (subcode) code_text += "/" + std::to_string(subcode);
  auto f = make(kind, r, code_text, text(error, "message"));
  if (kind != FailureClass::kRateLimited) return f;
  // {"<id>": [{"type":..., "estimated_time_to_regain_access": minutes}, ...]}
  long long minutes = 0;
  if (auto usage = r.headers.get("X-Business-Use-Case-Usage")) {
    json doc_usage = parse(std::string(*usage));
    for (const auto& [id, entries] : doc_usage.items()) {
      if (!entries.is_array()) continue;
      for (const auto& e : entries) {
        minutes = std::max(minutes, integer_field(e, "estimated_time_to_regain_access"));
      }
    }
  }
  f.retry_at =
      minutes > 0 ? std::optional(now + std::chrono::minutes(minutes)) : retry_after(r, now);
  return f;
}

Failure classify_token_error(const http::ClientResponse& r, TimePoint now) {
  json doc = parse(r.body);
  if (doc.contains("error") && doc["error"].is_object()) return classify_facebook(r, now);
  std::string error = text(doc, "error");
  FailureClass kind = by_status(r.status);
  if (error == "invalid_grant" || error == "invalid_request" || error == "invalid_token") {
    kind = FailureClass::kNeedsReconnect;
  } else if (r.status == 401 || r.status == 400) {
    kind = FailureClass::kRejected;  // the app's credentials or request: configuration
  }
  auto f = make(kind, r, error, text(doc, "error_description"));
  if (kind == FailureClass::kRateLimited) f.retry_at = retry_after(r, now);
  return f;
}

}  // namespace pv::networks
