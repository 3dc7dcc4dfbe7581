#include "library/search.h"

#include "library/content.h"
#include "policy/fold.h"

namespace pv::library {
namespace {

// The words FTS5's tokenizer keeps: letters and digits (a lone `%` word of
// the charter's folding is not one of them).
bool indexable(std::string_view word) {
  return word != "%";
}

}  // namespace

std::string folded_words(std::string_view text) {
  const auto folded = policy::fold(text);
  std::string out;
  for (std::size_t i = 0; i < folded.words().size(); ++i) {
    auto word = folded.word(i);
    if (!indexable(word)) continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

store::ContentSearchText search_text(const store::ContentVersionRow& row) {
  store::ContentSearchText s;
  s.title = folded_words(row.title);
  s.body = folded_words(row.body);
  std::string captions;
  for (const auto& [network, variants] : captions_from_stored(row.captions)) {
    for (const auto& caption : variants)
      captions += caption + "\n";
  }
  s.captions = folded_words(captions);
  std::string tags;
  for (const auto& tag : row.tags)
    tags += tag + "\n";
  s.tags = folded_words(tags);
  return s;
}

std::optional<std::string> match_query(std::string_view typed) {
  const auto folded = policy::fold(typed);
  std::string query;
  for (std::size_t i = 0; i < folded.words().size(); ++i) {
    auto word = folded.word(i);
    if (!indexable(word)) continue;
    // Quoted, so that no word is read as an FTS5 operator (AND, NEAR...);
    // a folded word holds no quote.
    if (!query.empty()) query += " AND ";
    query += "\"" + std::string(word) + "\"*";
  }
  if (query.empty()) return std::nullopt;
  return query;
}

}  // namespace pv::library
