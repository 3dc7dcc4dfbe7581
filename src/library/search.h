// Full-text search over the library, accent- and case-insensitive: the text
// is indexed as its folded words (CHARTER.md, "Folding": `Épargne` is
// `epargne`), and a query is folded the same way, each of its words matching
// as a prefix (`rendement` finds `Rendements`).
//
// Pure functions: safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store/content.h"

namespace pv::library {

// The folded words of `text`, separated by single spaces.
std::string folded_words(std::string_view text);

// What the index holds for a version: its title, body, captions and tags.
store::ContentSearchText search_text(const store::ContentVersionRow& row);

// The FTS5 query for what a user typed: every word, as a prefix, must occur.
// nullopt when the text holds no word to search for.
std::optional<std::string> match_query(std::string_view typed);

}  // namespace pv::library
