#include "policy/term.h"

#include <string>
#include <vector>

#include "policy/fold.h"
#include "util/utf8.h"

namespace pv::policy {
namespace {

Error refuse(std::string_view source, const std::string& why) {
  return Error(ErrorKind::kInvalid, "invalid_term", "term \"" + std::string(source) + "\": " + why);
}

}  // namespace

Result<Term> parse_term(std::string_view source) {
  if (!is_valid_utf8(source)) return refuse(source, "not valid UTF-8");
  const FoldedText folded = fold(source);
  const std::string& text = folded.text();
  const auto& words = folded.words();

  // Each '*' must end a word: right after its last character, and not
  // followed by another word ("fo*o", "*foo", "foo *", "**" are refused).
  std::vector<bool> word_end(text.size() + 1);
  std::vector<bool> word_begin(text.size() + 1);
  for (const Word& w : words) {
    word_end[w.end] = true;
    word_begin[w.begin] = true;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '*' && (!word_end[i] || word_begin[i + 1])) {
      return refuse(source, "'*' is allowed only at the end of a word");
    }
  }

  if (words.empty()) return refuse(source, "folds to no word (it needs a letter or a digit)");

  Term term;
  term.source = std::string(source);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].break_before) {
      return refuse(source, "holds a sentence break, so it could never match");
    }
    const bool prefix = words[i].end < text.size() && text[words[i].end] == '*';
    term.words.push_back(TermWord{std::string(folded.word(i)), prefix});
  }
  return term;
}

}  // namespace pv::policy
