// `portevoix check` (CHARTER.md, "The `check` command"): checks text against
// a charter file without a server or a database.
//
//   portevoix check --charter FILE [--context JSON] [TEXT_FILE]
//       the text from TEXT_FILE, or standard input; one verdict on stdout
//   portevoix check --charter FILE --jsonl FILE
//       lines {"id", "text", "context"}; one line {"id", ...verdict} each
//
// Output is compact JSON, one verdict per line. With --jsonl, blank lines are
// skipped and a line that cannot be used gives {"id", "error"} and the run
// goes on. A single text read from a file or standard input loses one final
// line break (the one a file or `echo` ends with), nothing else.
//
// Exit status: 0 when it ran, whatever the verdicts; 2, with the errors on
// stderr, for a charter or arguments that cannot be used.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "policy/engine.h"

namespace pv::app {

struct CheckArgs {
  std::string charter_file;
  std::optional<std::string> context;     // --context JSON
  std::optional<std::string> text_file;   // positional; absent: standard input
  std::optional<std::string> jsonl_file;  // --jsonl; "-" is standard input
  std::optional<std::string> public_url;  // --public-url
};

// Runs the command; returns the exit status.
int check_command(const CheckArgs& args, std::istream& in, std::ostream& out, std::ostream& err);

// The output line for one --jsonl input line: {"id", ...verdict}, or
// {"id", "error"} when the line cannot be used; nullopt for a blank line.
std::optional<nlohmann::json> check_jsonl_line(const policy::CompiledCharter& charter,
                                               std::string_view line);

}  // namespace pv::app
