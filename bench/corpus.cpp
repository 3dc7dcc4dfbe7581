#include "corpus.h"

#include <array>
#include <string_view>

#include "rng.h"

namespace pv::bench {
namespace {

using Words = std::array<std::string_view, 64>;

constexpr Words kEnglish = {
    "market",    "savings",   "retirement", "portfolio", "advice",    "clients",  "plan",
    "invest",    "growth",    "income",     "family",    "future",    "goals",    "risk",
    "return",    "fees",      "tax",        "account",   "rates",     "bonds",    "stocks",
    "funds",     "diversify", "budget",     "mortgage",  "insurance", "estate",   "wealth",
    "long-term", "volatile",  "steady",     "review",    "questions", "team",     "office",
    "today",     "this",      "week",       "year",      "every",     "your",     "our",
    "with",      "about",     "before",     "after",     "because",   "while",    "people",
    "time",      "money",     "help",       "start",     "early",     "simple",   "strategy",
    "inflation", "cash",      "emergency",  "fund",      "benefits",  "employer", "pension",
    "news"};

constexpr Words kFrench = {
    "épargne", "retraite",   "placement", "conseiller",  "marché",     "clients",   "équipe",
    "régime",  "impôt",      "famille",   "avenir",      "objectifs",  "risque",    "rendement",
    "frais",   "compte",     "taux",      "obligations", "actions",    "fonds",     "diversifier",
    "budget",  "hypothèque", "assurance", "succession",  "patrimoine", "stratégie", "prêt",
    "revenu",  "intérêts",   "été",       "hiver",       "année",      "semaine",   "aujourd’hui",
    "très",    "déjà",       "où",        "ça",          "voilà",      "à",         "être",
    "après",   "début",      "crédit",    "sécurité",    "bien-être",  "cœur",      "œuvre",
    "dès",     "même",       "fenêtre",   "congés",      "prévoir",    "échéance",  "délai",
    "reçu",    "français",   "québécois", "propriété",   "dépenses",   "intérêt",   "flexibilité",
    "décembre"};

constexpr std::array<std::string_view, 16> kNames = {
    "Montréal",       "Québec",     "Laurentide", "RRSP",    "TFSA",  "REER",
    "CELI",           "FHSA",       "Ottawa",     "Toronto", "Lévis", "Gatineau",
    "Trois-Rivières", "Sherbrooke", "Canada",     "LinkedIn"};

constexpr std::array<std::string_view, 12> kEnglishOpeners = {
    "Don’t",  "It’s",    "Here’s", "We're",  "Let's", "I’ve",
    "You’re", "There’s", "Can't",  "What’s", "Isn't", "They’ll"};

constexpr std::array<std::string_view, 12> kFrenchOpeners = {
    "L’épargne",   "C’est", "Qu’est-ce que", "J’ai", "N’oubliez pas", "D’ici",
    "Aujourd’hui", "L'été", "S’il",          "Ça",   "Voici",         "Êtes-vous"};

constexpr std::array<std::string_view, 10> kHashtags = {
    "#Retraite",  "#Épargne",       "#FinancialPlanning", "#TFSA",   "#REER",
    "#Investing", "#Planification", "#MoneyTips",         "#Québec", "#CELI"};

constexpr std::array<std::string_view, 8> kEmoji = {"🙂", "📈", "💡",      "✅",
                                                    "🇨🇦",   "👉", "☀️", "🎉"};

void append_number(Rng& rng, bool french, std::string& out) {
  switch (rng.below(5)) {
    case 0:  // a percentage, French with a (narrow) no-break space before '%'
      out += std::to_string(1 + rng.below(12));
      if (french) {
        out += ",";
        out += std::to_string(rng.below(10));
        out += rng.chance(50) ? "\u00A0%" : "\u202F%";
      } else {
        out += ".";
        out += std::to_string(rng.below(10));
        out += "%";
      }
      break;
    case 1:  // an amount
      if (french) {
        out += std::to_string(1 + rng.below(99));
        out += "\u00A0000\u00A0$";
      } else {
        out += "$";
        out += std::to_string(1 + rng.below(99));
        out += ",000";
      }
      break;
    case 2: out += std::to_string(2020 + rng.below(10)); break;
    default: out += std::to_string(1 + rng.below(30)); break;
  }
}

void append_word(Rng& rng, bool french, bool capital, std::string& out) {
  if (rng.chance(4)) return append_number(rng, french, out);
  if (rng.chance(5)) {
    out += rng.pick(kNames);
    return;
  }
  std::string_view w = french ? rng.pick(kFrench) : rng.pick(kEnglish);
  if (capital || rng.chance(2)) {
    // Upper-case the first letter (ASCII or a two-byte Latin-1 letter).
    const auto first = static_cast<unsigned char>(w[0]);
    if (first < 0x80) {
      out += static_cast<char>(first >= 'a' && first <= 'z' ? first - 32 : first);
      w.remove_prefix(1);
    } else if (first == 0xC3 && w.size() > 1) {
      out += static_cast<char>(first);
      out += static_cast<char>(static_cast<unsigned char>(w[1]) - 0x20);
      w.remove_prefix(2);
    }
  }
  out += w;
}

void append_sentence(Rng& rng, bool french, std::string& out) {
  const bool quoted = rng.chance(8);
  if (quoted) out += french ? "«\u00A0" : (rng.chance(50) ? "“" : "\"");
  bool capital = true;
  if (rng.chance(30)) {
    out += french ? rng.pick(kFrenchOpeners) : rng.pick(kEnglishOpeners);
    capital = false;
  }
  const std::size_t n = 5 + rng.below(14);
  for (std::size_t i = 0; i < n; ++i) {
    if (!capital || i > 0) out += ' ';
    append_word(rng, french, capital && i == 0, out);
    if (i + 1 < n && rng.chance(8)) out += rng.chance(80) ? "," : (rng.chance(50) ? " —" : " –");
  }
  if (quoted) out += french ? "\u00A0»" : (rng.chance(50) ? "”" : "\"");
  const std::size_t end = rng.below(20);
  if (end < 12) {
    out += '.';
  } else if (end < 15) {
    out += french ? "\u202F!" : "!";
  } else if (end < 18) {
    out += french ? "\u00A0?" : "?";
  } else {
    out += "…";
  }
}

std::size_t characters(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string make_post(std::uint64_t seed, std::uint64_t index) {
  Rng rng(seed * 0x9E3779B97F4A7C15ull + index);
  const bool french = rng.chance(50);
  // Mostly short posts, some long ones: 200 to 3,000 characters in all (the
  // last sentence and the tail may add up to about 400 to the target).
  const std::size_t target = rng.chance(70) ? 200 + rng.below(700) : 900 + rng.below(1700);
  std::string post;
  post.reserve(target * 2);
  while (characters(post) < target) {
    if (!post.empty()) {
      const std::size_t gap = rng.below(10);
      post += gap < 6 ? " " : (gap < 8 ? "\n\n" : (gap < 9 ? "\n" : "  "));
    }
    append_sentence(rng, french, post);
    if (rng.chance(5)) {
      post += ' ';
      post += rng.pick(kEmoji);
    }
  }
  if (rng.chance(20)) post += "\n\nhttps://laurentide.example/conseils?id=" + std::to_string(index);
  if (rng.chance(40)) {
    post += "\n\n";
    const std::size_t tags = 1 + rng.below(3);
    for (std::size_t i = 0; i < tags; ++i) {
      if (i > 0) post += ' ';
      post += rng.pick(kHashtags);
    }
  }
  return post;
}

std::vector<std::string> make_corpus(std::size_t total_bytes, std::uint64_t seed) {
  std::vector<std::string> posts;
  std::size_t size = 0;
  for (std::uint64_t i = 0; size < total_bytes; ++i) {
    posts.push_back(make_post(seed, i));
    size += posts.back().size();
  }
  return posts;
}

std::vector<std::string_view> corpus_words(bool french) {
  const Words& words = french ? kFrench : kEnglish;
  return {words.begin(), words.end()};
}

}  // namespace pv::bench
