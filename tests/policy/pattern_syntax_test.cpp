// Charter pattern validation: what pattern_problems() accepts and refuses,
// one problem per line of the table.
#include "policy/pattern_syntax.h"

#include <gtest/gtest.h>

namespace pv::policy {
namespace {

TEST(PatternProblems, AcceptsUsablePatterns) {
  const char* patterns[] = {
      "\\d+([.,]\\d+)? ?%",
      "\\bva (doubler|exploser)\\b",
      "\\$[a-z]{1,5}\\b",
      "[^a-z0-9]x",         // a negated class holds no upper case
      "\\D\\W\\S\\B[a-z]",  // upper-case letters inside escapes are syntax
      "\\x41?b",            // so are hex escapes
      "\\p{Lu}?z",          // and Unicode classes
      "\\pL?z",
      "(?P<Amount>\\d+)",  // and group names
      "(?i)abc",           // and flags
      "(?U)ab+",
      "[[:alpha:]]+",
      "\\Qa.b\\E",
      "aujourd'hui",
      "(^|[ (])@[a-z0-9_.]{2,}",
      "a b c",
  };
  for (const char* p : patterns) {
    const auto problems = pattern_problems(p);
    EXPECT_TRUE(problems.empty()) << p << ": " << (problems.empty() ? "" : problems[0]);
  }
}

TEST(PatternProblems, RefusesEachMistakeWithAClearReason) {
  struct Case {
    const char* pattern;
    const char* reason;  // a fragment of the only problem reported
  } cases[] = {
      {"(a)\\1", "back-references (\\1) are not allowed"},
      // Octal in RE2, a back-reference in PCRE when there are 12 groups.
      {"\\12", "back-references (\\1)"},
      {"a(?=b)", "look-around ((?=...) is not allowed"},
      {"a(?!b)", "look-around ((?!...)"},
      {"(?<=a)b", "look-around ((?<=...)"},
      {"(?<!a)b", "look-around ((?<!...)"},
      {"(abc", "not a valid regular expression: missing )"},
      {"a++", "not a valid regular expression"},
      {"(?>a)", "not a valid regular expression"},
      {"x{1001}", "not a valid regular expression"},
      {"[A-Z]+", "never holds \"A\" (write \"a\"), \"Z\" (write \"z\")"},
      {"caf\xC3\xA9", "never holds \"\xC3\xA9\" (write \"e\")"},  // é
      {"stra\xC3\x9F"
       "e",
       "never holds \"\xC3\x9F\" (write \"ss\")"},  // ß
      {"a\tb", "never holds U+0009 (write \" \")"},
      {"a\xC2\xA0"
       "b",
       "never holds U+00A0 (write \" \")"},                                // no-break space
      {"don\xE2\x80\x99t", "never holds \"\xE2\x80\x99\" (write \"'\")"},  // ’
      {"gua\xC2\xAD"
       "rantee",
       "never holds U+00AD (remove it)"},  // soft hyphen
      {"\\QABC\\E", "never holds \"A\""},  // quoted text is matched literally
      {"a  b", "two white-space characters in a row"},
      {"a*", "matches an empty string"},
      {"\\b", "matches an empty string"},
      {"^$", "matches an empty string"},
      {"(x)?\\b", "matches an empty string"},
      {"\\bfoo|\\b", "matches an empty string"},
      {"\\Aa?\\z", "matches an empty string"},
      {"(?:)", "matches an empty string"},
  };
  for (const auto& c : cases) {
    const auto problems = pattern_problems(c.pattern);
    ASSERT_EQ(problems.size(), 1u) << c.pattern;
    EXPECT_NE(problems[0].find(c.reason), std::string::npos)
        << c.pattern << ": " << problems[0] << "\nexpected: " << c.reason;
  }
}

TEST(PatternProblems, ReportsEveryProblemOfOnePattern) {
  // Upper case, a double space and an empty match, all at once.
  const auto problems = pattern_problems("(X  )?");
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].find("empty string"), std::string::npos);
  EXPECT_NE(problems[1].find("\"X\""), std::string::npos);
  EXPECT_NE(problems[2].find("white-space"), std::string::npos);
}

TEST(PatternOptions, LeftmostLongestAsciiClasses) {
  const RE2 re("a|ab", pattern_options());
  ASSERT_TRUE(re.ok());
  re2::StringPiece found;
  ASSERT_TRUE(re.Match("xab", 0, 3, RE2::UNANCHORED, &found, 1));
  EXPECT_EQ(found, "ab");  // longest, not first alternative
  const RE2 word("\\w+", pattern_options());
  ASSERT_TRUE(word.Match("\xC3\xA9t\xC3\xA9", 0, 5, RE2::UNANCHORED, &found, 1));
  EXPECT_EQ(found, "t");  // \w is ASCII
}

}  // namespace
}  // namespace pv::policy
