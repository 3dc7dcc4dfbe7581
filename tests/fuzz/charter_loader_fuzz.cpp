// Fuzz target: the charter loader (CHARTER.md, "File"). Any bytes, taken as
// the text of a charter file, give either a charter that keeps the format's
// promises or an error that lists its mistakes: never a crash, an uncaught
// exception, undefined behaviour or an error without a reason.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "policy/charter_loader.h"

namespace {

using pv::fuzz::require;

void check_charter(const pv::policy::Charter& charter) {
  require(!charter.id.empty() && !charter.version.empty(), "a loaded charter has id and version");
  require(!charter.rules.empty(), "a loaded charter has rules");
  std::set<std::string> rule_ids;
  for (const auto& rule : charter.rules) {
    require(rule_ids.insert(rule.id).second, "rule ids are unique");
    require(rule.action != pv::policy::Action::kAllow, "a rule's action is never allow");
    require(!rule.message.en.empty(), "a rule has an English message");
    for (const auto& exception : rule.unless) {
      require(!exception.terms.empty(), "an exception has terms");
      require(exception.action != pv::policy::Action::kAllow, "an exception never allows");
    }
  }
  std::set<std::string> disclaimer_ids;
  for (const auto& disclaimer : charter.disclaimers) {
    require(disclaimer_ids.insert(disclaimer.id).second, "disclaimer ids are unique");
    require(!disclaimer.text.en.empty(), "a disclaimer has an English text");
  }
}

void check_error(const pv::Error& error) {
  require(error.code() == "charter_invalid" || error.code() == "charter_syntax",
          "a refused charter is charter_invalid or charter_syntax");
  const auto mistakes = pv::policy::charter_errors(error);
  require(!mistakes.empty(), "a refused charter lists its mistakes");
  for (const auto& mistake : mistakes) {
    require(!mistake.message.empty(), "every mistake says what is wrong");
    require(error.code() == "charter_syntax" || !mistake.path.empty(),
            "a mistake in a parsed charter names its JSON path");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = pv::policy::load_charter_text(text);
  if (result.ok()) {
    check_charter(result.value());
  } else {
    check_error(result.error());
  }
  return 0;
}
