// Charter patterns (CHARTER.md, "Patterns"): regular expressions in the
// common subset of RE2 and PCRE, matched against the folded text. The loader
// validates them with pattern_problems(); the matcher compiles them with
// pattern_options(), the same options the validation used, so that a pattern
// the loader accepted always compiles and means what was checked.
//
// Pure functions: safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

namespace pv::policy {

// UTF-8, case-sensitive (the folded text is lower case), leftmost-longest
// matching, Perl classes (`\b`, `\w`, `\d` are ASCII in RE2), no logging.
RE2::Options pattern_options();

// Every reason `regex` (valid UTF-8) is not a usable charter pattern, each a
// sentence for the charter's author; empty when it is usable. Refused:
// - back-references (`\1`) and look-around (`(?=`, `(?!`, `(?<=`, `(?<!`),
//   which cannot run in linear time (named apart, since RE2's own messages
//   for them are obscure);
// - anything RE2 refuses with pattern_options() (its message is quoted);
// - outside escapes, a character that folding changes (`A`, `é`, `ß`,
//   a tab): the folded text never holds it, so it could never match;
// - two white-space characters in a row (the folded text never has them);
// - a pattern that matches the empty string when its assertions (`^`, `$`,
//   `\b`, `\B`, `\A`, `\z`) are taken to hold: it would find nothing useful.
std::vector<std::string> pattern_problems(std::string_view regex);

}  // namespace pv::policy
