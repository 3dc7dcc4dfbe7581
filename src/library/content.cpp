#include "library/content.h"

#include <algorithm>
#include <set>

#include "policy/url.h"

namespace pv::library {
namespace {

constexpr std::size_t kMaxTitle = 300;     // code points
constexpr std::size_t kMaxBody = 20000;    // code points
constexpr std::size_t kMaxCaption = 5000;  // code points
constexpr std::size_t kMaxVariants = 10;   // per network
constexpr std::size_t kMaxUrl = 2048;      // bytes
constexpr std::size_t kMaxTags = 30;
constexpr std::size_t kMaxTag = 50;

std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string trim(const std::string& s) {
  auto begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  auto end = s.find_last_not_of(" \t\r\n");
  return s.substr(begin, end - begin + 1);
}

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A language tag: a primary subtag of 2 or 3 letters, then subtags of 2 to 8
// letters or digits ("en", "fr-CA", "zh-Hant-TW").
bool valid_language(const std::string& tag) {
  std::size_t start = 0;
  bool first = true;
  while (true) {
    auto end = tag.find('-', start);
    std::string part =
        tag.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const bool letters =
        std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
    const bool alnum =
        std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
    if (first ? (!letters || part.size() < 2 || part.size() > 3)
              : (!alnum || part.size() < 2 || part.size() > 8)) {
      return false;
    }
    if (end == std::string::npos) return true;
    start = end + 1;
    first = false;
  }
}

bool valid_url(const std::string& url) {
  if (url.size() > kMaxUrl) return false;
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  const bool clean = std::none_of(url.begin(), url.end(), [](unsigned char c) {
    return c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"';
  });
  return clean && !policy::url_host(url).empty();
}

}  // namespace

std::vector<std::string> normalize_tags(const std::vector<std::string>& tags) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& t : tags) {
    std::string tag = lower_ascii(trim(t));
    if (seen.insert(tag).second) out.push_back(tag);
  }
  return out;
}

std::string primary_language(const std::string& tag) {
  return lower_ascii(tag.substr(0, tag.find('-')));
}

Status validate(const ContentFields& f) {
  FieldErrors errors;
  if (blank(f.title)) errors.add("title", "required");
  if (code_points(f.title) > kMaxTitle) {
    errors.add("title", "at most " + std::to_string(kMaxTitle) + " characters");
  }
  if (code_points(f.body) > kMaxBody) {
    errors.add("body", "at most " + std::to_string(kMaxBody) + " characters");
  }
  if (f.url && !valid_url(*f.url)) errors.add("url", "must be an http:// or https:// URL");
  if (!valid_language(f.language)) errors.add("language", "must be a language tag like fr-CA");
  if (f.tags.size() > kMaxTags) errors.add("tags", "at most " + std::to_string(kMaxTags));
  for (const auto& tag : f.tags) {
    if (tag.empty() || tag.size() > kMaxTag) {
      errors.add("tags", "each tag has 1 to " + std::to_string(kMaxTag) + " characters");
    }
  }
  for (const auto& [network, variants] : f.captions) {
    const std::string field = "captions." + std::string(policy::to_string(network));
    if (variants.empty() || variants.size() > kMaxVariants) {
      errors.add(field, "1 to " + std::to_string(kMaxVariants) + " captions");
    }
    for (const auto& caption : variants) {
      if (blank(caption)) errors.add(field, "a caption may not be empty");
      if (code_points(caption) > kMaxCaption) {
        errors.add(field, "at most " + std::to_string(kMaxCaption) + " characters per caption");
      }
    }
  }
  if (f.caption_policy != kLocked && f.caption_policy != kEditable) {
    errors.add("caption_policy", "must be locked or editable");
  }
  if (f.starts_at && f.expires_at && *f.expires_at <= *f.starts_at) {
    errors.add("expires_at", "must be after starts_at");
  }
  if (!errors.empty()) return errors.error();
  return Ok{};
}

void apply(const ContentPatch& p, ContentFields& f) {
  if (p.title) f.title = *p.title;
  if (p.body) f.body = *p.body;
  if (p.url) f.url = *p.url;
  if (p.media_id) f.media_id = *p.media_id;
  if (p.language) f.language = *p.language;
  if (p.tags) f.tags = normalize_tags(*p.tags);
  if (p.groups) f.groups = *p.groups;
  if (p.promotional) f.promotional = *p.promotional;
  if (p.captions) f.captions = *p.captions;
  if (p.caption_policy) f.caption_policy = *p.caption_policy;
  if (p.starts_at) f.starts_at = *p.starts_at;
  if (p.expires_at) f.expires_at = *p.expires_at;
}

ContentFields fields_of(const store::ContentVersionRow& row) {
  ContentFields f;
  f.title = row.title;
  f.body = row.body;
  f.url = row.url;
  f.media_id = row.media_id;
  f.language = row.language;
  f.tags = row.tags;
  f.groups = row.groups;
  f.promotional = row.promotional;
  f.captions = captions_from_stored(row.captions);
  f.caption_policy = row.caption_policy;
  f.starts_at = row.starts_at;
  f.expires_at = row.expires_at;
  return f;
}

void store_fields(const ContentFields& f, store::ContentVersionRow& row) {
  row.title = f.title;
  row.body = f.body;
  row.url = f.url;
  row.media_id = f.media_id;
  row.language = f.language;
  row.language_primary = primary_language(f.language);
  row.tags = normalize_tags(f.tags);
  row.groups = f.groups;
  std::sort(row.groups.begin(), row.groups.end());
  row.groups.erase(std::unique(row.groups.begin(), row.groups.end()), row.groups.end());
  row.promotional = f.promotional;
  nlohmann::json stored = nlohmann::json::object();
  for (const auto& [network, variants] : f.captions)
    stored[std::string(policy::to_string(network))] = variants;
  row.captions = stored.dump();
  row.caption_policy = f.caption_policy;
  row.starts_at = f.starts_at;
  row.expires_at = f.expires_at;
}

nlohmann::json captions_json(const Captions& captions) {
  nlohmann::json out = nlohmann::json::object();
  for (auto network : policy::kAllNetworks) {
    auto it = captions.find(network);
    out[std::string(policy::to_string(network))] =
        it == captions.end() ? nlohmann::json::array() : nlohmann::json(it->second);
  }
  return out;
}

Captions captions_from_stored(const std::string& json_text) {
  Captions out;
  const auto stored = nlohmann::json::parse(json_text);
  for (const auto& [name, variants] : stored.items()) {
    if (auto network = policy::parse_network(name)) {
      out[*network] = variants.get<std::vector<std::string>>();
    }
  }
  return out;
}

Captions captions_from_json(const nlohmann::json& value, const std::string& field,
                            FieldErrors& errors) {
  Captions out;
  if (!value.is_object()) {
    errors.add(field, "must be an object of networks, each an array of captions");
    return out;
  }
  for (const auto& [name, variants] : value.items()) {
    auto network = policy::parse_network(name);
    if (!network) {
      errors.add(field + "." + name, "unknown network (linkedin, x or facebook)");
      continue;
    }
    const bool strings =
        variants.is_array() && std::all_of(variants.begin(), variants.end(),
                                           [](const nlohmann::json& v) { return v.is_string(); });
    if (!strings) {
      errors.add(field + "." + name, "must be an array of strings");
      continue;
    }
    // An empty array means no captions for that network.
    if (!variants.empty()) out[*network] = variants.get<std::vector<std::string>>();
  }
  return out;
}

std::string effective_status(const store::ContentVersionRow& row, TimePoint now) {
  if (row.status == "approved" && row.expires_at && *row.expires_at <= now) return "expired";
  return row.status;
}

bool is_live(const store::ContentItemRow& item, const store::ContentVersionRow& row,
             TimePoint now) {
  return !item.archived && item.live_version == row.version && row.status == "approved" &&
         (!row.starts_at || *row.starts_at <= now) && (!row.expires_at || *row.expires_at > now);
}

}  // namespace pv::library
