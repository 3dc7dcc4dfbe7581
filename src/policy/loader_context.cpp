// The loader's shared readers: paths, objects and their keys, strings, ids,
// numbers, texts and actions.
#include "policy/loader_context.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "policy/charter_keys.h"
#include "util/utf8.h"

namespace pv::policy::loader {
namespace {

bool is_lower_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_plain_key(std::string_view key) {
  if (key.empty() ||
      !((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z') || key[0] == '_')) {
    return false;
  }
  return std::all_of(key.begin(), key.end(), [](char c) {
    return is_lower_alnum(c) || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
  });
}

// Edit distance, to suggest the key a typo meant.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string unknown_key_message(std::string_view key, Keys allowed) {
  std::string best;
  std::size_t best_distance = 3;  // suggest only close matches
  for (std::string_view candidate : allowed) {
    const std::size_t d = distance(key, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best.empty() ? "unknown key" : "unknown key (did you mean \"" + best + "\"?)";
}

}  // namespace

std::string type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "a number";
  }
}

std::string key_path(std::string_view parent, std::string_view key) {
  std::string path(parent == "$" && is_plain_key(key) ? "" : parent);
  if (is_plain_key(key)) {
    if (!path.empty()) path += '.';
    path += key;
  } else {
    path += '[' + Json(std::string(key)).dump(-1, ' ', false, Json::error_handler_t::replace) + ']';
  }
  return path;
}

std::string index_path(std::string_view parent, std::size_t index) {
  return std::string(parent) + '[' + std::to_string(index) + ']';
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

bool check_object(Context& ctx, const Json& value, const std::string& path, Keys allowed,
                  Keys required) {
  if (!value.is_object()) {
    ctx.error(path, "expected an object, found " + type_name(value));
    return false;
  }
  for (const auto& [key, unused] : value.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      ctx.error(key_path(path, key), unknown_key_message(key, allowed));
    }
  }
  for (std::string_view key : required) {
    if (!value.contains(key)) ctx.error(path, "missing required key \"" + std::string(key) + "\"");
  }
  if (value.empty() && required.empty()) ctx.error(path, "must not be empty");
  return true;
}

std::optional<std::string> read_string(Context& ctx, const Json& value, const std::string& path) {
  if (!value.is_string()) {
    ctx.error(path, "expected a string, found " + type_name(value));
    return std::nullopt;
  }
  const auto& text = value.get_ref<const std::string&>();
  if (text.empty()) {
    ctx.error(path, "must not be empty");
    return std::nullopt;
  }
  if (!is_valid_utf8(text)) {
    ctx.error(path, "is not valid UTF-8");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_id(Context& ctx, const Json& value, const std::string& path) {
  auto id = read_string(ctx, value, path);
  if (!id) return std::nullopt;
  bool ok = is_lower_alnum(id->front()) && is_lower_alnum(id->back());
  for (std::size_t i = 0; ok && i < id->size(); ++i) {
    const char c = (*id)[i];
    const bool separator = c == '.' || c == '-' || c == '_';
    ok = is_lower_alnum(c) || (separator && is_lower_alnum((*id)[i + 1]));
  }
  if (!ok) {
    ctx.error(path, "\"" + *id +
                        "\" is not a valid name: use lower-case letters and digits, in runs "
                        "joined by single '.', '-' or '_'");
    return std::nullopt;
  }
  return id;
}

std::optional<std::vector<std::string>> read_strings(Context& ctx, const Json& value,
                                                     const std::string& path) {
  if (!value.is_array()) {
    ctx.error(path, "expected an array of strings, found " + type_name(value));
    return std::nullopt;
  }
  if (value.empty()) {
    ctx.error(path, "must not be empty");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto s = read_string(ctx, value[i], index_path(path, i));
    if (s) out.push_back(std::move(*s));
    ok = ok && s;
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<LocalizedText> read_localized(Context& ctx, const Json& value,
                                            const std::string& path) {
  if (!check_object(ctx, value, path, keys::kLocalized, keys::kLocalizedRequired)) {
    return std::nullopt;
  }
  LocalizedText text;
  const Json* en = member(value, "en");
  const Json* fr = member(value, "fr");
  auto en_text = en ? read_string(ctx, *en, key_path(path, "en")) : std::nullopt;
  if (fr) text.fr = read_string(ctx, *fr, key_path(path, "fr"));
  if (!en_text) return std::nullopt;
  text.en = std::move(*en_text);
  return text;
}

std::optional<std::uint64_t> read_count(Context& ctx, const Json& value, const std::string& path) {
  if (value.is_number_unsigned()) return value.get<std::uint64_t>();
  // A document built in code holds signed integers, negative or not.
  if (value.is_number_integer()) {
    if (value.get<std::int64_t>() >= 0)
      return static_cast<std::uint64_t>(value.get<std::int64_t>());
    ctx.error(path, "must not be negative");
    return std::nullopt;
  }
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (d < 0) {
      ctx.error(path, "must not be negative");
      return std::nullopt;
    }
    // 5.0 is the integer 5, as JSON Schema counts integers.
    if (std::isfinite(d) && d == std::floor(d) && d < 1e18) return static_cast<std::uint64_t>(d);
  }
  ctx.error(path, "expected a whole number, found " +
                      (value.is_number() ? value.dump() : type_name(value)));
  return std::nullopt;
}

std::optional<double> read_ratio(Context& ctx, const Json& value, const std::string& path) {
  if (!value.is_number()) {
    ctx.error(path, "expected a number from 0 to 1, found " + type_name(value));
    return std::nullopt;
  }
  const double d = value.get<double>();
  if (!(d >= 0 && d <= 1)) {
    ctx.error(path, "must be from 0 to 1, found " + value.dump());
    return std::nullopt;
  }
  return d;
}

std::optional<Action> read_action(Context& ctx, const Json& value, const std::string& path) {
  auto name = read_string(ctx, value, path);
  if (!name) return std::nullopt;
  const auto action = parse_action(*name);
  if (!action || *action == Action::kAllow) {
    ctx.error(path, "unknown action \"" + *name + "\" (block, review, flag or warn)");
    return std::nullopt;
  }
  return action;
}

std::optional<std::string> read_language(Context& ctx, const Json& value, const std::string& path) {
  auto tag = read_string(ctx, value, path);
  if (!tag) return std::nullopt;
  const std::string primary = primary_language(*tag);
  bool ok =
      primary.size() >= 2 && primary.size() <= 3 &&
      std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  // Subtags after the primary one: 1 to 8 ASCII letters or digits.
  std::size_t run = 0;
  for (std::size_t i = primary.size(); ok && i <= tag->size(); ++i) {
    if (i == tag->size() || (*tag)[i] == '-' || (*tag)[i] == '_') {
      ok = i == primary.size() || (run >= 1 && run <= 8);
      run = 0;
    } else {
      const char c = static_cast<char>((*tag)[i] | 0x20);
      ok = (c >= 'a' && c <= 'z') || ((*tag)[i] >= '0' && (*tag)[i] <= '9');
      ++run;
    }
  }
  if (!ok) {
    ctx.error(path, "\"" + *tag + "\" is not a language tag (e.g. \"fr\", \"fr-CA\")");
    return std::nullopt;
  }
  return primary;
}

}  // namespace pv::policy::loader
