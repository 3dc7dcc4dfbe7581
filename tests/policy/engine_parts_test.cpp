// The engine's parts on their own: word symbols, the term matcher, the pattern
// set, near pairing, word edit distance and slices of the original text.
#include <gtest/gtest.h>

#include "policy/conditions.h"
#include "policy/near.h"
#include "policy/original_text.h"
#include "policy/pattern_set.h"
#include "policy/term_matcher.h"
#include "policy/word_symbols.h"

namespace pv::testing {
namespace {

using policy::Hit;
using policy::Hits;

TEST(WordSymbols, ExactWordsAndEveryMatchingPrefix) {
  policy::WordSymbols s;
  const auto gain = s.add_exact("gain");
  const auto g = s.add_prefix("g");
  const auto gai = s.add_prefix("gai");
  const auto gain_prefix = s.add_prefix("gain");
  EXPECT_EQ(s.add_exact("gain"), gain);
  EXPECT_EQ(s.add_prefix("gai"), gai);
  EXPECT_NE(gain, gain_prefix);
  std::vector<std::uint32_t> out;
  s.symbols_of("gain", out);
  EXPECT_EQ(out, (std::vector<std::uint32_t>{gain, g, gai, gain_prefix}));
  out.clear();
  s.symbols_of("gains", out);
  EXPECT_EQ(out, (std::vector<std::uint32_t>{g, gai, gain_prefix}));
  out.clear();
  s.symbols_of("ga", out);
  EXPECT_EQ(out, std::vector<std::uint32_t>{g});
  out.clear();
  s.symbols_of("loss", out);
  EXPECT_TRUE(out.empty());
}

TEST(WordSymbols, ManyWordsStayDistinct) {
  policy::WordSymbols s;
  for (int i = 0; i < 5000; ++i)
    EXPECT_EQ(s.add_exact("w" + std::to_string(i)), static_cast<std::uint32_t>(i));
  for (int i = 0; i < 5000; i += 7) {
    std::vector<std::uint32_t> out;
    s.symbols_of("w" + std::to_string(i), out);
    EXPECT_EQ(out, std::vector<std::uint32_t>{static_cast<std::uint32_t>(i)});
  }
}

policy::Term term(const char* source) {
  return policy::parse_term(source).value();
}

TEST(TermMatcher, FindsEveryGroupsOccurrencesInOnePass) {
  policy::TermMatcher m;
  const std::vector<policy::Term> a = {term("no risk"), term("risk*")};
  const std::vector<policy::Term> b = {term("risk")};
  const auto ga = m.add_group(a);
  const auto gb = m.add_group(b);
  const auto folded = policy::fold("No risk, no riskier. No\nrisk");
  const auto hits = m.match(folded);
  const auto of = [&](std::uint32_t g) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const auto& h : hits.of(g))
      out.emplace_back(h.first, h.last);
    return out;
  };
  // Words: no(0) risk(1) no(2) riskier(3) no(4) risk(5); a line break before 5.
  EXPECT_EQ(of(ga),
            (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 1}, {3, 3}, {5, 5}}));
  EXPECT_EQ(of(gb), (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{1, 1}, {5, 5}}));
}

TEST(PatternSet, RunsOnlyThePatternsThatMatch) {
  policy::PatternSet set;
  const auto a = set.add("\\bfoo\\b").value();
  const auto b = set.add("ba+r").value();
  EXPECT_EQ(set.add("\\bfoo\\b").value(), a);  // the same text is one pattern
  ASSERT_TRUE(set.compile().ok());
  const std::string text = "foo baaar foo";
  EXPECT_EQ(set.candidates(text), (std::vector<bool>{true, true}));
  EXPECT_EQ(set.candidates("nothing"), (std::vector<bool>{false, false}));
  EXPECT_EQ(set.matches(a, text), (std::vector<policy::ByteSpan>{{0, 3}, {10, 13}}));
  EXPECT_EQ(set.matches(b, text), (std::vector<policy::ByteSpan>{{4, 9}}));
}

Hit words(std::uint32_t first, std::uint32_t last) {
  return Hit{first, last, first * 10, last * 10 + 5, false};
}

TEST(NearPairs, CountsTheWordsStrictlyBetween) {
  const Hits a = {words(0, 0), words(10, 11)};
  const Hits b = {words(2, 2), words(13, 13), words(30, 31)};
  EXPECT_EQ(policy::near_pairs(a, b, 1),
            (Hits{words(0, 2), words(10, 13)}));  // one word between each
  EXPECT_EQ(policy::near_pairs(a, b, 0), Hits{});
  EXPECT_EQ(policy::near_pairs(b, a, 1), (Hits{words(0, 2), words(10, 13)}));
  EXPECT_EQ(policy::near_pairs(a, Hits{words(11, 12)}, 0), Hits{words(10, 12)});  // overlap
  EXPECT_EQ(policy::near_pairs(a, Hits{words(12, 12)}, 0), Hits{words(10, 12)});  // touch
  EXPECT_EQ(policy::near_pairs(a, Hits{}, 5), Hits{});
}

TEST(NearPairs, LongHitsOnEitherSideStillPair) {
  const Hits longs = {words(0, 40)};
  const Hits shorts = {words(20, 20), words(45, 45), words(60, 60)};
  EXPECT_EQ(policy::near_pairs(shorts, longs, 4), (Hits{words(0, 40), words(0, 45)}));
  EXPECT_EQ(policy::near_pairs(longs, shorts, 4), (Hits{words(0, 40), words(0, 45)}));
}

TEST(WordEditDistance, InsertDeleteReplaceCostOne) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(policy::word_edit_distance(V{"a", "b", "c"}, V{"a", "b", "c"}, 99), 0u);
  EXPECT_EQ(policy::word_edit_distance(V{"a", "x", "c"}, V{"a", "b", "c"}, 99), 1u);
  EXPECT_EQ(policy::word_edit_distance(V{"a", "c"}, V{"a", "b", "c"}, 99), 1u);
  EXPECT_EQ(policy::word_edit_distance(V{"b", "c", "a"}, V{"a", "b", "c"}, 99), 2u);
  EXPECT_EQ(policy::word_edit_distance(V{}, V{"a", "b"}, 99), 2u);
  EXPECT_EQ(policy::word_edit_distance(V{"x", "y", "z"}, V{"a", "b", "c"}, 2), 2u);  // capped
}

TEST(OriginalText, SlicesByCodePoints) {
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += i % 2 ? "é" : "a";
  policy::OriginalText original(text);
  EXPECT_EQ(original.slice(0, 3), "aéa");
  EXPECT_EQ(original.slice(65, 67), "éa");
  EXPECT_EQ(original.slice(99, 100), "é");
  EXPECT_EQ(original.slice(99, 500), "é");
  EXPECT_EQ(policy::OriginalText("").slice(0, 0), "");
}

}  // namespace
}  // namespace pv::testing
