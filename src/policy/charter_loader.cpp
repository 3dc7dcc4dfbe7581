// load_charter(): the charter object, its lists and disclaimers, the checks
// that span the whole file (unique ids, globs that name rules), and the error
// that carries every mistake.
#include "policy/charter_loader.h"

#include <algorithm>
#include <map>

#include "policy/charter_keys.h"
#include "policy/loader_context.h"

namespace pv::policy {
namespace loader {
namespace {

void read_lists(Context& ctx, const Json& value, const std::string& path) {
  if (!value.is_object()) {
    ctx.error(path, "expected an object of named term lists, found " + type_name(value));
    return;
  }
  if (value.empty()) ctx.error(path, "must not be empty");
  for (const auto& [name, terms] : value.items()) {
    const std::string list_path = key_path(path, name);
    read_id(ctx, Json(name), list_path);
    std::vector<Term> resolved;
    if (!terms.is_array()) {
      ctx.error(list_path, "expected an array of terms, found " + type_name(terms));
    } else if (terms.empty()) {
      ctx.error(list_path, "must not be empty");
    }
    for (std::size_t i = 0; terms.is_array() && i < terms.size(); ++i) {
      const std::string term_path = index_path(list_path, i);
      if (terms[i].is_string() && terms[i].get_ref<const std::string&>().starts_with('@')) {
        ctx.error(term_path,
                  "a list may not name another list (" + terms[i].get<std::string>() + ")");
        continue;
      }
      read_one_term(ctx, terms[i], term_path, resolved);
    }
    ctx.declare_list(name, std::move(resolved));
  }
}

std::optional<Disclaimer> read_disclaimer(Context& ctx, const Json& value,
                                          const std::string& path) {
  if (!check_object(ctx, value, path, keys::kDisclaimer, keys::kDisclaimerRequired)) {
    return std::nullopt;
  }
  Disclaimer disclaimer;
  if (const Json* v = member(value, "id")) {
    if (auto id = read_id(ctx, *v, key_path(path, "id"))) disclaimer.id = std::move(*id);
  }
  if (const Json* v = member(value, "text")) {
    if (auto text = read_localized(ctx, *v, key_path(path, "text"))) {
      disclaimer.text = std::move(*text);
    }
  }
  if (const Json* v = member(value, "short")) {
    disclaimer.short_text = read_localized(ctx, *v, key_path(path, "short"));
  }
  if (const Json* v = member(value, "when")) {
    if (auto when = read_when(ctx, *v, key_path(path, "when"))) disclaimer.when = std::move(*when);
  }
  return disclaimer;
}

// Reads a non-empty array with `read_item`, keeping the items that loaded.
template <class T, class F>
std::vector<T> read_array(Context& ctx, const Json& value, const std::string& path, F read_item) {
  std::vector<T> out;
  if (!value.is_array()) {
    ctx.error(path, "expected an array, found " + type_name(value));
    return out;
  }
  if (value.empty()) ctx.error(path, "must not be empty");
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (auto item = read_item(ctx, value[i], index_path(path, i))) out.push_back(std::move(*item));
  }
  return out;
}

// Ids are unique among the rules and among the disclaimers. The items that
// failed to load are gone from `items`, so indexes come from the document.
void check_unique_ids(Context& ctx, const Json& array, const std::string& path, const char* what) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; array.is_array() && i < array.size(); ++i) {
    const Json* id = member(array[i], "id");
    if (!id || !id->is_string()) continue;
    const auto [it, inserted] = first.emplace(id->get<std::string>(), i);
    if (!inserted) {
      ctx.error(key_path(index_path(path, i), "id"), std::string("duplicate ") + what + " id \"" +
                                                         it->first + "\" (first at " +
                                                         index_path(path, it->second) + ")");
    }
  }
}

// The rule ids of the document, or nullopt when some rule has no valid id
// (then globs cannot be checked without guessing).
std::optional<std::vector<std::string>> rule_ids(const Json& rules) {
  if (!rules.is_array()) return std::nullopt;
  std::vector<std::string> ids;
  Context scratch;  // its errors were reported already
  for (const auto& rule : rules) {
    const Json* id = member(rule, "id");
    auto valid = id ? read_id(scratch, *id, "") : std::nullopt;
    if (!valid) return std::nullopt;
    ids.push_back(std::move(*valid));
  }
  return ids;
}

// A `when.rules` glob that matches no rule id is a typo that would silently
// never show its disclaimer.
void check_globs(Context& ctx, const Json& rules, const Json& disclaimers) {
  const auto ids = rule_ids(rules);
  if (!ids || ids->empty() || !disclaimers.is_array()) return;
  for (std::size_t i = 0; i < disclaimers.size(); ++i) {
    const Json* when = member(disclaimers[i], "when");
    const Json* globs = when ? member(*when, "rules") : nullptr;
    for (std::size_t k = 0; globs && globs->is_array() && k < globs->size(); ++k) {
      const Json& glob = (*globs)[k];
      if (!glob.is_string() || glob.get_ref<const std::string&>().empty()) continue;
      const auto& text = glob.get_ref<const std::string&>();
      const bool matched = std::any_of(
          ids->begin(), ids->end(), [&](const std::string& id) { return glob_matches(text, id); });
      if (!matched) {
        const std::string path = key_path(key_path(index_path("disclaimers", i), "when"), "rules");
        ctx.error(index_path(path, k), "\"" + text + "\" matches no rule id");
      }
    }
  }
}

Error charter_error(ErrorKind kind, const char* code, const std::vector<CharterError>& errors) {
  std::string message;
  Json list = Json::array();
  for (const auto& e : errors) {
    if (!message.empty()) message += '\n';
    message += e.text();
    list.push_back({{"path", e.path}, {"message", e.message}});
  }
  return Error(kind, code, message, {{"errors", std::move(list)}});
}

}  // namespace

Error make_charter_error(bool syntax, const std::vector<CharterError>& errors) {
  return syntax ? charter_error(ErrorKind::kBadRequest, "charter_syntax", errors)
                : charter_error(ErrorKind::kInvalid, "charter_invalid", errors);
}

}  // namespace loader

std::string CharterError::text() const {
  return path.empty() ? message : path + ": " + message;
}

Result<Charter> load_charter(const nlohmann::json& document) {
  using namespace loader;
  Context ctx;
  Charter charter;
  if (check_object(ctx, document, "$", keys::kCharter, keys::kCharterRequired)) {
    if (const Json* v = member(document, "id")) {
      if (auto id = read_id(ctx, *v, "id")) charter.id = std::move(*id);
    }
    if (const Json* v = member(document, "version")) {
      if (auto version = read_string(ctx, *v, "version")) charter.version = std::move(*version);
    }
    if (const Json* v = member(document, "title")) charter.title = read_localized(ctx, *v, "title");
    if (const Json* v = member(document, "lists")) read_lists(ctx, *v, "lists");
    if (const Json* v = member(document, "rules")) {
      charter.rules = read_array<Rule>(ctx, *v, "rules", read_rule);
      check_unique_ids(ctx, *v, "rules", "rule");
    }
    if (const Json* v = member(document, "disclaimers")) {
      charter.disclaimers = read_array<Disclaimer>(ctx, *v, "disclaimers", read_disclaimer);
      check_unique_ids(ctx, *v, "disclaimers", "disclaimer");
      if (const Json* rules = member(document, "rules")) check_globs(ctx, *rules, *v);
    }
    charter.lists = ctx.lists();
  }
  if (!ctx.errors().empty()) return make_charter_error(false, ctx.errors());
  return charter;
}

std::vector<CharterError> charter_errors(const Error& error) {
  std::vector<CharterError> errors;
  if (error.code() != "charter_invalid" && error.code() != "charter_syntax") return errors;
  const auto it = error.details().find("errors");
  if (it == error.details().end() || !it->is_array()) return errors;
  for (const auto& e : *it) {
    const loader::Json* path = loader::member(e, "path");
    const loader::Json* message = loader::member(e, "message");
    if (!path || !path->is_string() || !message || !message->is_string()) continue;
    errors.push_back({path->get<std::string>(), message->get<std::string>()});
  }
  return errors;
}

}  // namespace pv::policy
