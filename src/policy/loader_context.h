// Internal to the charter loader (charter_loader*.cpp, expression_loader.cpp,
// scope_loader.cpp): the error collector and the typed readers every part of
// the loader shares. Each reader reports what is wrong at its JSON path and
// goes on, so that one pass finds every mistake; what it returns is only used
// when the whole charter turned out valid.
//
// A Context lives for one load, on one thread.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/charter.h"
#include "policy/charter_loader.h"

namespace pv::policy::loader {

using Json = nlohmann::json;
using Keys = std::span<const std::string_view>;

class Context {
 public:
  void error(std::string path, std::string message) {
    errors_.push_back({std::move(path), std::move(message)});
  }
  const std::vector<CharterError>& errors() const { return errors_; }

  // The lists declared in the charter. A declared list with mistakes is
  // known (references to it are not reported again) but may hold no term.
  void declare_list(std::string name, std::vector<Term> terms) {
    lists_[std::move(name)] = std::move(terms);
  }
  const std::vector<Term>* list(const std::string& name) const {
    const auto it = lists_.find(name);
    return it == lists_.end() ? nullptr : &it->second;
  }
  const std::map<std::string, std::vector<Term>>& lists() const { return lists_; }

 private:
  std::vector<CharterError> errors_;
  std::map<std::string, std::vector<Term>> lists_;
};

// "parent.key" (or parent["odd key"]) and "parent[index]"; the charter is "$".
std::string key_path(std::string_view parent, std::string_view key);
std::string index_path(std::string_view parent, std::size_t index);

// "a string", "an array", ... for messages about a value of the wrong type.
std::string type_name(const Json& value);

// The member `key` of an object, or nullptr.
const Json* member(const Json& object, std::string_view key);

// Checks that `value` is a non-empty object whose keys are all in `allowed`
// and that holds every key of `required`; reports each problem. False when
// `value` is not an object (its members cannot be read).
bool check_object(Context& ctx, const Json& value, const std::string& path, Keys allowed,
                  Keys required);

// Each reader reports at `path` and returns nullopt when the value is unusable.
// A non-empty string of valid UTF-8.
std::optional<std::string> read_string(Context& ctx, const Json& value, const std::string& path);
// An id: lower-case ASCII letters and digits, in runs joined by single '.',
// '-' or '_' ("promissory.guarantee", "personal-opinion").
std::optional<std::string> read_id(Context& ctx, const Json& value, const std::string& path);
// A non-empty array of non-empty strings.
std::optional<std::vector<std::string>> read_strings(Context& ctx, const Json& value,
                                                     const std::string& path);
std::optional<LocalizedText> read_localized(Context& ctx, const Json& value,
                                            const std::string& path);
// A non-negative integer (a number with no fractional part).
std::optional<std::uint64_t> read_count(Context& ctx, const Json& value, const std::string& path);
// A number from 0 to 1.
std::optional<double> read_ratio(Context& ctx, const Json& value, const std::string& path);
// "block", "review", "flag" or "warn".
std::optional<Action> read_action(Context& ctx, const Json& value, const std::string& path);
// A language tag ("fr", "fr-CA"), returned as its lower-case primary subtag.
std::optional<std::string> read_language(Context& ctx, const Json& value, const std::string& path);

// A non-empty array of language tags, as lower-case primary subtags.
std::optional<std::vector<std::string>> read_languages(Context& ctx, const Json& value,
                                                       const std::string& path);

// Terms: a non-empty array of strings (or, with `allow_single`, one string),
// each a term or "@list", resolved into the list's terms.
std::vector<Term> read_terms(Context& ctx, const Json& value, const std::string& path,
                             bool allow_single);
// One term string (not a list reference), appended to `out`.
void read_one_term(Context& ctx, const Json& value, const std::string& path,
                   std::vector<Term>& out);

// The Error that carries `errors` (see charter_loader.h); `syntax` for text
// that is not JSON.
Error make_charter_error(bool syntax, const std::vector<CharterError>& errors);

// The parts of the loader, one per file.
Scope read_scope(Context& ctx, const Json& object, const std::string& path);
std::optional<DisclaimerWhen> read_when(Context& ctx, const Json& value, const std::string& path);
std::optional<Expr> read_match(Context& ctx, const Json& value, const std::string& path);
// An expression object whose one operator `op` is a leaf (pattern, detector,
// link_outside, ...); its keys have been checked.
std::optional<Expr> read_condition(Context& ctx, const std::string& op, const Json& value,
                                   const std::string& path);
std::optional<Rule> read_rule(Context& ctx, const Json& value, const std::string& path);
std::vector<Exception> read_unless(Context& ctx, const Json& value, const std::string& path);
std::optional<HostPattern> read_host_pattern(Context& ctx, const Json& value,
                                             const std::string& path);

}  // namespace pv::policy::loader
