// A deterministic lexicon such as a large firm's charter may hold (product
// and fund names, entities, phrases its advisors must not use): 1- to 3-word
// terms, some ending in prefix words (`garanti*`), with accents and capitals
// as people write them. Most terms are rare in the corpus of corpus.h; a few
// are everyday phrases of it, so that checks find something in most posts.
//
// Pure functions; the same seed always gives the same lexicon.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pv::bench {

// `count` distinct terms (distinct once folded), as written in a charter.
std::vector<std::string> make_lexicon(std::size_t count = 10000, std::uint64_t seed = 1);

// A charter (CHARTER.md) whose only content is `terms`: `rule_count` rules,
// each matching its share of the terms, actions cycling block, review, flag,
// warn. JSON text, ready for load_charter_text().
std::string make_lexicon_charter(const std::vector<std::string>& terms,
                                 std::size_t rule_count = 10);

// A term as the references see it: its folded text (CHARTER.md, "Folding")
// without the `*`, and whether it had one. "Rendement* garanti*" is not
// supported: the generated lexicon puts a `*` only at a term's very end.
struct PlainTerm {
  std::string text;  // "l'epargne valmorex plus"
  bool prefix = false;
};
PlainTerm plain_term(const std::string& term);

}  // namespace pv::bench
