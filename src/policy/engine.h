// The policy engine: a loaded charter compiled once into the structures that
// check a post in one pass over its folded text (CHARTER.md: "Hits" to
// "Verdict"), and the verdict it gives.
//
// A CompiledCharter is immutable once built: any number of threads may call
// check() on the same one at once. Compiling is the slow part (milliseconds
// for a large lexicon); checking is pure and allocates only its result.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/action.h"
#include "policy/charter.h"
#include "util/result.h"

namespace pv::policy {

// What a check knows about the post besides its text (CHARTER.md, "Context").
// Every key is optional; a missing key makes the scope keys and conditions
// that need it false (or, for a condition, gives it no hit).
struct CheckContext {
  std::optional<Network> network;
  std::optional<std::string> language;  // a tag, e.g. "fr-CA"
  std::optional<std::string> region;
  std::optional<std::string> role;  // the author's function
  std::optional<std::vector<std::string>> tags;
  std::optional<Origin> origin;
  std::optional<std::string> approved_text;
  std::optional<std::int64_t> shares_today;  // >= 0, counting this post
  std::optional<double> promotional_share;   // 0..1, counting this post
};

// The context as JSON (the API's and `portevoix check`'s form). Refused, with
// the key named: a known key of the wrong type (strings; `tags` an array of
// strings; `shares_today` a non-negative integer; `promotional_share` a
// number from 0 to 1), a `network` or `origin` outside its values. Unknown
// keys are ignored. Values compare case-insensitively, so "LinkedIn" is
// accepted as linkedin.
Result<CheckContext> parse_context(const nlohmann::json& context);

struct Finding {
  std::string rule;
  Action action = Action::kWarn;  // the hit's: an exception may have changed it
  std::string category;
  // Code points of the original text, end exclusive; none for a spanless hit.
  std::optional<std::uint32_t> start;
  std::optional<std::uint32_t> end;
  std::optional<std::string> match;  // the original text of the span
  std::string message;               // in the post's language
  std::optional<std::string> suggestion;
};

struct Verdict {
  Action verdict = Action::kAllow;
  std::string charter_version;  // the charter's own label
  std::vector<Finding> findings;
  std::vector<Finding> silent;
  std::vector<std::string> disclaimers;  // ids, charter order
};

// {"verdict", "charter_version", "findings", "silent", "disclaimers"} exactly
// as CHARTER.md shows it.
nlohmann::json to_json(const Verdict& verdict);

struct CompileOptions {
  // The host of the server's public URL: its links are always allowed by
  // link_outside. Empty: none.
  std::string platform_host;
};

class CompiledCharter {
 public:
  static Result<std::shared_ptr<const CompiledCharter>> compile(Charter charter,
                                                                CompileOptions options = {});
  ~CompiledCharter();

  // The verdict on `text` (valid UTF-8) in `context`.
  Verdict check(std::string_view text, const CheckContext& context) const;

  const Charter& charter() const;

 private:
  struct Impl;
  explicit CompiledCharter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace pv::policy
