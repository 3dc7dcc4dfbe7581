// Search text: folded as the charter folds, queried by word prefixes.
#include "library/search.h"

#include <gtest/gtest.h>

#include "library/content.h"

namespace pv::testing {
namespace {

TEST(SearchTest, FoldedWordsAreAccentAndCaseFree) {
  EXPECT_EQ(library::folded_words("Épargne: REER & CELI, 2026!"), "epargne reer celi 2026");
  EXPECT_EQ(library::folded_words("Straße — l'Œuvre"), "strasse l oeuvre");
  EXPECT_EQ(library::folded_words("5% de rendement"), "5 de rendement");
  EXPECT_EQ(library::folded_words("  "), "");
}

TEST(SearchTest, MatchQueryNeedsEveryWordAsAPrefix) {
  EXPECT_EQ(library::match_query("rendement"), "\"rendement\"*");
  EXPECT_EQ(library::match_query("Épargne retraite"), "\"epargne\"* AND \"retraite\"*");
  // FTS5 operators and quotes typed by a user are only words.
  EXPECT_EQ(library::match_query("NEAR \"or\" AND"), "\"near\"* AND \"or\"* AND \"and\"*");
  EXPECT_EQ(library::match_query("?!"), std::nullopt);
  EXPECT_EQ(library::match_query("%"), std::nullopt);
}

TEST(SearchTest, SearchTextCoversTitleBodyCaptionsAndTags) {
  store::ContentVersionRow row;
  row.title = "Saison des REER";
  row.body = "Cotisez avant le 1er mars.";
  row.captions = R"({"linkedin": ["Épargnez tôt", "Pensez-y"], "x": ["Déductions"]})";
  row.tags = {"reer", "fiscalité"};
  auto s = library::search_text(row);
  EXPECT_EQ(s.title, "saison des reer");
  EXPECT_EQ(s.body, "cotisez avant le 1er mars");
  EXPECT_EQ(s.captions, "epargnez tot pensez y deductions");
  EXPECT_EQ(s.tags, "reer fiscalite");
}

}  // namespace
}  // namespace pv::testing
