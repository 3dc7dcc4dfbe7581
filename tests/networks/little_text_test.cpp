// LinkedIn's little format: reserved characters escaped, URLs and hashtags kept.
#include "networks/little_text.h"

#include <gtest/gtest.h>

namespace pv::testing {
namespace {

using networks::escape_little_text;

struct Case {
  const char* in;
  const char* out;
};

TEST(LittleText, EscapesEveryReservedCharacter) {
  EXPECT_EQ(escape_little_text(R"(\ | { } @ [ ] ( ) < > # * _ ~)"),
            R"(\\ \| \{ \} \@ \[ \] \( \) \< \> \# \* \_ \~)");
}

TEST(LittleText, Table) {
  const Case cases[] = {
      {"Plain words, nothing to do.", "Plain words, nothing to do."},
      {"Proud of our launch (details below) #engineering",
       "Proud of our launch \\(details below\\) #engineering"},
      // A hashtag stays clickable; a '#' that starts none is escaped.
      {"#rendement et #Épargne", "#rendement et #Épargne"},
      {"C# and # alone and #_x", "C\\# and \\# alone and \\#\\_x"},
      {"#tag_suffix", "#tag\\_suffix"},
      // Mentions are not ours to make: '@' is escaped.
      {"Ask @advisor", "Ask \\@advisor"},
      // URLs stay intact, reserved characters and all.
      {"See https://example.com/a_b(c)~d?x=[1] now", "See https://example.com/a_b(c)~d?x=[1] now"},
      // ... but a bracket they did not open is the sentence's.
      {"(see https://example.com/a)", "\\(see https://example.com/a\\)"},
      {"(see https://en.wikipedia.org/wiki/Bond_(finance))",
       "\\(see https://en.wikipedia.org/wiki/Bond_(finance)\\)"},
      {"HTTPS://EXAMPLE.COM/A_B", "HTTPS://EXAMPLE.COM/A_B"},
      // Not a URL when glued to a word.
      {"xhttps://a_b", "xhttps://a\\_b"},
      {"Taux de 4,5 % *garanti*", "Taux de 4,5 % \\*garanti\\*"},
      {"", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(escape_little_text(c.in), c.out) << c.in;
  }
}

}  // namespace
}  // namespace pv::testing
