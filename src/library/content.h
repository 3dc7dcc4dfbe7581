// A content item as marketing writes it (API.md, "Content library"): the
// fields, their rules, and how they are stored (a store::ContentVersionRow).
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/network.h"
#include "store/content.h"
#include "util/clock.h"
#include "util/result.h"

namespace pv::library {

// Suggested captions per network, several variants each; only the networks
// that have any.
using Captions = std::map<policy::Network, std::vector<std::string>>;

inline constexpr const char* kLocked = "locked";
inline constexpr const char* kEditable = "editable";

struct ContentFields {
  std::string title;
  std::string body;
  std::optional<std::string> url;
  std::optional<std::string> media_id;
  std::string language = "en";
  std::vector<std::string> tags;
  std::vector<std::string> groups;  // ids; empty: every advisor
  bool promotional = false;
  Captions captions;
  std::string caption_policy = kEditable;
  std::optional<TimePoint> starts_at;
  std::optional<TimePoint> expires_at;
};

// A PATCH: only the fields present change; for the nullable ones, a present
// nullopt clears the field.
struct ContentPatch {
  std::optional<std::string> title;
  std::optional<std::string> body;
  std::optional<std::optional<std::string>> url;
  std::optional<std::optional<std::string>> media_id;
  std::optional<std::string> language;
  std::optional<std::vector<std::string>> tags;
  std::optional<std::vector<std::string>> groups;
  std::optional<bool> promotional;
  std::optional<Captions> captions;
  std::optional<std::string> caption_policy;
  std::optional<std::optional<TimePoint>> starts_at;
  std::optional<std::optional<TimePoint>> expires_at;
};

// Tags trimmed, lower-cased and without duplicates, in their first order.
std::vector<std::string> normalize_tags(const std::vector<std::string>& tags);
// "fr-CA" -> "fr": how languages are compared (as the charter does).
std::string primary_language(const std::string& tag);

// The rules that need no store: 422 invalid_fields naming every field wrong.
// (Groups and media must also exist: ContentService checks them.)
Status validate(const ContentFields& fields);

void apply(const ContentPatch& patch, ContentFields& fields);
ContentFields fields_of(const store::ContentVersionRow& row);
// Copies `fields` into the row's stored columns (the other columns unchanged).
void store_fields(const ContentFields& fields, store::ContentVersionRow& row);

// {"linkedin": [...], "x": [...], "facebook": [...]}, every network present.
nlohmann::json captions_json(const Captions& captions);
Captions captions_from_stored(const std::string& json_text);
// Reads the API's captions object: 422-style reasons added to `errors` under `field`.
Captions captions_from_json(const nlohmann::json& value, const std::string& field,
                            FieldErrors& errors);

// "approved" is reported as "expired" once `now` is past expires_at.
std::string effective_status(const store::ContentVersionRow& row, TimePoint now);
// Approved, not archived, inside its window at `now`.
bool is_live(const store::ContentItemRow& item, const store::ContentVersionRow& row, TimePoint now);

}  // namespace pv::library
