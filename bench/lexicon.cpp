#include "lexicon.h"

#include <array>
#include <set>
#include <string_view>

#include <nlohmann/json.hpp>

#include "corpus.h"
#include "policy/fold.h"
#include "rng.h"

namespace pv::bench {
namespace {

// Syllables of made-up product, fund and company names ("Valmorex",
// "Brésanquin"): enough combinations that the names rarely repeat.
constexpr std::array<std::string_view, 18> kOnsets = {
    "b", "br", "c", "ch", "d", "f", "g", "gr", "l", "m", "n", "p", "pl", "r", "s", "t", "tr", "v"};
constexpr std::array<std::string_view, 14> kVowels = {"a",  "e",  "i", "o", "u",  "é",  "è",
                                                      "ou", "ai", "y", "â", "eu", "oi", "an"};
constexpr std::array<std::string_view, 9> kCodas = {"", "", "", "n", "r", "s", "l", "x", "m"};

// Words that sit beside the names in the firm's phrases.
constexpr std::array<std::string_view, 16> kQualifiers = {
    "Plus",     "Croissance", "Select",  "Premium",   "Revenu", "Équilibré", "Global", "Mondial",
    "Dividend", "Income",     "Prudent", "Dynamique", "Index",  "Réserve",   "Prime",  "Capital"};

std::string pseudo_word(Rng& rng) {
  std::string word;
  const std::size_t syllables = 2 + rng.below(2);
  for (std::size_t i = 0; i < syllables; ++i) {
    word += rng.pick(kOnsets);
    word += rng.pick(kVowels);
    if (i + 1 == syllables || rng.chance(30)) word += rng.pick(kCodas);
  }
  return word;
}

// "Valmorex" for a name people capitalise (ASCII first letters only).
std::string capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
  return word;
}

std::string everyday_word(Rng& rng, bool french) {
  const auto words = corpus_words(french);
  return std::string(words[rng.below(words.size())]);
}

// One term, as a charter author would write it.
std::string make_term(Rng& rng, std::size_t kind) {
  const bool french = rng.chance(50);
  std::string term;
  switch (kind) {
    case 0:  // an everyday two-word phrase of the posts: these are the common hits
      term = everyday_word(rng, french) + " " + everyday_word(rng, french);
      break;
    case 1:  // a product or company name
      term = rng.chance(60) ? capitalised(pseudo_word(rng)) : pseudo_word(rng);
      break;
    case 2:  // a name with a qualifier or an everyday word, or a hyphenated pair
      switch (rng.below(3)) {
        case 0:
          term = capitalised(pseudo_word(rng)) + " " + std::string(rng.pick(kQualifiers));
          break;
        case 1: term = everyday_word(rng, french) + " " + pseudo_word(rng); break;
        default: term = capitalised(pseudo_word(rng)) + "-" + capitalised(pseudo_word(rng)); break;
      }
      break;
    default:  // three words: "fonds Valmorex Croissance", "l’épargne Brésanquin Plus"
      term = (french ? (rng.chance(30) ? "l’" : "fonds ") : "the ") + pseudo_word(rng) + " " +
             (rng.chance(50) ? std::string(rng.pick(kQualifiers)) : everyday_word(rng, french));
      break;
  }
  // A sixth of the terms end in a prefix word, as `garanti*` does.
  if (kind != 0 && rng.chance(16)) term += "*";
  return term;
}

// The folded words of a term, to tell terms that are the same once folded.
std::string folded_key(const std::string& term) {
  const policy::FoldedText folded = policy::fold(term);
  std::string key;
  for (std::size_t i = 0; i < folded.words().size(); ++i) {
    key += folded.word(i);
    key += ' ';
  }
  if (term.ends_with('*')) key += '*';
  return key;
}

}  // namespace

std::vector<std::string> make_lexicon(std::size_t count, std::uint64_t seed) {
  Rng rng(seed * 0xD1B54A32D192ED03ull + 17);
  std::vector<std::string> terms;
  std::set<std::string> seen;
  // Two everyday stems that most posts hold, as real lexicons have a few.
  for (const char* stem : {"rendement*", "invest*"}) {
    if (terms.size() < count && seen.insert(folded_key(stem)).second) terms.emplace_back(stem);
  }
  while (terms.size() < count) {
    // 0.6% everyday phrases, 50% names, 34% two-word and 15% three-word terms.
    const std::size_t roll = rng.below(1000);
    const std::size_t kind = roll < 6 ? 0 : roll < 506 ? 1 : roll < 846 ? 2 : 3;
    std::string term = make_term(rng, kind);
    if (seen.insert(folded_key(term)).second) terms.push_back(std::move(term));
  }
  return terms;
}

PlainTerm plain_term(const std::string& term) {
  PlainTerm plain;
  plain.prefix = term.ends_with('*');
  plain.text = policy::fold(plain.prefix ? term.substr(0, term.size() - 1) : term).text();
  // Folding keeps one space for white space at either end; a term has none.
  while (plain.text.ends_with(' '))
    plain.text.pop_back();
  while (plain.text.starts_with(' '))
    plain.text.erase(plain.text.begin());
  return plain;
}

std::string make_lexicon_charter(const std::vector<std::string>& terms, std::size_t rule_count) {
  constexpr std::array<const char*, 4> kActions = {"block", "review", "flag", "warn"};
  nlohmann::json rules = nlohmann::json::array();
  const std::size_t per_rule = (terms.size() + rule_count - 1) / rule_count;
  for (std::size_t r = 0; r * per_rule < terms.size(); ++r) {
    const auto first = terms.begin() + static_cast<std::ptrdiff_t>(r * per_rule);
    const auto last =
        terms.begin() + static_cast<std::ptrdiff_t>(std::min(terms.size(), (r + 1) * per_rule));
    rules.push_back({{"id", "lexicon.part" + std::to_string(r + 1)},
                     {"category", "lexicon"},
                     {"action", kActions[r % kActions.size()]},
                     {"match", std::vector<std::string>(first, last)},
                     {"message",
                      {{"en", "This term is on the firm's restricted lexicon."},
                       {"fr", "Ce terme figure au lexique restreint de la firme."}}}});
  }
  const nlohmann::json charter = {{"id", "lexicon"},
                                  {"version", "bench.1"},
                                  {"title", {{"en", "The firm's restricted lexicon"}}},
                                  {"rules", rules}};
  return charter.dump(2);
}

}  // namespace pv::bench
