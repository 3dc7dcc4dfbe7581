// The usage charter (CHARTER.md) as the loader leaves it: plain values,
// validated as a whole, with "@list" references resolved into terms. Built
// only by load_charter() (policy/charter_loader.h); the matcher reads it.
//
// Order is meaning: rules and disclaimers keep their charter order, which is
// the order of findings and of disclaimers in a verdict.
//
// A Charter owns everything it holds, is copyable, and is never changed after
// loading: any number of threads may read the same one.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/action.h"
#include "policy/expression.h"
#include "policy/network.h"
#include "policy/term.h"

namespace pv::policy {

// A text in English and, optionally, French (`{en, fr}`); neither is empty.
struct LocalizedText {
  std::string en;
  std::optional<std::string> fr;

  // The text in a post's language: French when the language tag's primary
  // subtag is "fr" (any case) and a French text exists, English otherwise.
  const std::string& in(std::string_view language_tag) const;
};

enum class Origin { kLibrary, kEdited, kOriginal };

// The context keys a rule's `scope` or a disclaimer's `when` may restrict
// (CHARTER.md, "Context"). An absent key does not restrict; a present one is
// never empty and matches when the context has that key and:
// - networks, regions, roles, languages, origins: the context's value is in
//   the list; tags: the context's tags and the list share a value;
// - values compare case-insensitively (networks and origins are parsed into
//   enums; languages are kept as lower-case primary subtags, compare the
//   context's primary subtag with them).
// A missing context key makes a present scope key false.
struct Scope {
  std::optional<std::vector<Network>> networks;
  std::optional<std::vector<std::string>> regions;    // as written
  std::optional<std::vector<std::string>> roles;      // as written
  std::optional<std::vector<std::string>> languages;  // primary subtags, lower case
  std::optional<std::vector<Origin>> origins;
  std::optional<std::vector<std::string>> tags;  // as written

  // No key given: applies everywhere.
  bool empty() const { return !networks && !regions && !roles && !languages && !origins && !tags; }
};

// An entry of a rule's `unless`. It covers a hit when one of `terms` occurs at
// a distance of at most `within` words from it, or anywhere in the post when
// `within` is absent (only such an exception covers a spanless hit). The first
// exception that covers a hit decides: with `action`, the hit takes it; without
// one, the hit is excused.
struct Exception {
  std::vector<Term> terms;  // never empty
  std::optional<std::uint64_t> within;
  std::optional<Action> action;  // never kAllow
};

enum class RuleStatus {
  kActive,  // counts for the verdict and the disclaimers
  kSilent,  // evaluated and reported apart, changes nothing
};

struct Rule {
  std::string id;  // unique in the charter; dotted, e.g. "promissory.guarantee"
  std::string category;
  Action action = Action::kWarn;  // never kAllow
  Expr match;
  LocalizedText message;
  std::optional<LocalizedText> suggestion;
  std::vector<Exception> unless;  // in charter order; may be empty
  Scope scope;                    // empty: applies everywhere
  std::vector<std::string> refs;  // may be empty
  RuleStatus status = RuleStatus::kActive;
};

// A disclaimer's `when`: every key given must match. `rules` holds globs over
// the ids of the active rules that fired (see glob_matches); absent, it does
// not restrict.
struct DisclaimerWhen {
  Scope scope;
  std::optional<std::vector<std::string>> rules;

  bool empty() const { return scope.empty() && !rules; }
};

struct Disclaimer {
  std::string id;  // unique among the disclaimers
  LocalizedText text;
  std::optional<LocalizedText> short_text;  // `short`: used when the full text does not fit
  DisclaimerWhen when;                      // empty: always applies
};

struct Charter {
  std::string id;
  std::string version;  // the author's label, e.g. "2026.11.1"
  std::optional<LocalizedText> title;
  // The named term lists, kept for display; rules already hold their terms.
  std::map<std::string, std::vector<Term>> lists;
  std::vector<Rule> rules;  // never empty
  std::vector<Disclaimer> disclaimers;
};

// True when `glob` matches the whole of `rule_id`: '*' matches any run of
// characters (dots included, possibly none); every other character matches
// itself, case-sensitively.
bool glob_matches(std::string_view glob, std::string_view rule_id);

// The primary subtag of a language tag, lower case ("fr-CA" -> "fr",
// "EN_us" -> "en"). Comparing languages means comparing these.
std::string primary_language(std::string_view language_tag);

std::string_view to_string(Origin origin);
std::optional<Origin> parse_origin(std::string_view name);  // exact, lower case

}  // namespace pv::policy
