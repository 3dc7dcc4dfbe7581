// Charter terms (CHARTER.md, "Terms"): a string folded and split into words
// like the text it is matched against; a word written with a trailing '*'
// matches any word with that prefix, the bare prefix included.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace pv::policy {

struct TermWord {
  std::string text;     // the folded word
  bool prefix = false;  // written "text*"
  bool operator==(const TermWord&) const = default;
};

struct Term {
  std::string source;  // as written in the charter
  std::vector<TermWord> words;
};

// Parses one term (not an "@list" reference, which the loader resolves).
// Refused, with the reason in the error's message: a term that folds to no
// word, one whose text holds a sentence break, a '*' anywhere but at the end
// of a word.
Result<Term> parse_term(std::string_view source);

}  // namespace pv::policy
