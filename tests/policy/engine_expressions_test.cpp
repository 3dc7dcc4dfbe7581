// Match expressions in the engine (CHARTER.md, "Hits" and "Match
// expressions"): any, all and not, near and its distances, patterns,
// detectors and their keywords, links, e-mail domains, context conditions.
#include <gtest/gtest.h>

#include "policy/engine_testing.h"

namespace pv::testing {
namespace {

using Strings = std::vector<std::string>;

Json near(const Json& a, const Json& b, int within) {
  return {{"near", {a, b}}, {"within", within}};
}

TEST(EngineAny, GivesTheHitsOfEveryMemberThatHasAny) {
  const Json any = {{"any", {"alpha", "beta", {{"pattern", "\\bg[a-z]+a\\b"}}}}};
  EXPECT_EQ(matches(any, "beta then alpha, gamma"), (Strings{"beta", "alpha", "gamma"}));
  EXPECT_EQ(matches(any, "delta"), Strings{});
}

TEST(EngineAll, NeedsEveryMemberAndNoExcludedOne) {
  const Json all = {{"all", {"fund", "return", {{"not", {"risk", "risks"}}}}}};
  EXPECT_EQ(matches(all, "This fund has a great return."), (Strings{"fund", "return"}));
  EXPECT_EQ(matches(all, "This fund has a great return, and risks."), Strings{});
  EXPECT_EQ(matches(all, "This fund is great."), Strings{});
}

TEST(EngineAll, ANotOfAConditionWithoutItsContextKeyIsTrue) {
  const Json all = {{"all", {"fund", {{"not", {{"shares_today_over", 2}}}}}}};
  EXPECT_EQ(matches(all, "fund"), Strings{"fund"});
  EXPECT_EQ(matches(all, "fund", {{"shares_today", 3}}), Strings{});
  EXPECT_EQ(matches(all, "fund", {{"shares_today", 2}}), Strings{"fund"});
}

struct NearCase {
  const char* name;
  int within;
  std::string text;
  Strings expected;
};

class EngineNear : public ::testing::TestWithParam<NearCase> {};

TEST_P(EngineNear, PairsHitsWithinTheWindow) {
  const NearCase& c = GetParam();
  EXPECT_EQ(matches(near("guaranteed", Json::array({"return", "returns"}), c.within), c.text),
            c.expected);
}

const NearCase kNearCases[] = {
    {"Adjacent", 0, "a guaranteed return", {"guaranteed return"}},
    {"EitherOrder", 0, "returns guaranteed", {"returns guaranteed"}},
    {"WordsBetweenCount", 2, "guaranteed, a fine return", {"guaranteed, a fine return"}},
    {"OneWordTooFar", 1, "guaranteed, a fine return", {}},
    {"EachPair", 3, "guaranteed return, guaranteed", {"guaranteed return", "return, guaranteed"}},
    {"AcrossSentences", 1, "It is guaranteed. Returns vary.", {"guaranteed. Returns"}},
    {"NoHitOnOneSide", 9, "guaranteed and assured", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, EngineNear, ::testing::ValuesIn(kNearCases),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(EngineNearOverlap, OverlappingHitsAreAtDistanceZero) {
  // "tax-free" and "free income" share the word "free".
  EXPECT_EQ(matches(near("tax-free", "free income", 0), "tax-free income"),
            Strings{"tax-free income"});
  // The same term on both sides pairs each hit with itself.
  EXPECT_EQ(matches(near("gain", "gain", 0), "gain"), Strings{"gain"});
}

TEST(EngineNearOperands, PatternsAndDetectorsPairByTheWordsTheyCover) {
  EXPECT_EQ(matches(near({{"pattern", "\\d+ ?%"}}, "return", 1), "8 % annual return"),
            Strings{"8 % annual return"});
  EXPECT_EQ(matches(near({{"pattern", "\\d+ ?%"}}, "return", 0), "8 % annual return"), Strings{});
  EXPECT_EQ(
      matches(near({{"detector", "url"}}, "sign up", 2), "Sign up at https://x.example/form today"),
      Strings{"Sign up at https://x.example/form"});
}

TEST(EngineNearOperands, AMatchOverNoWordCoversTheWordAfterIt) {
  // "$" overlaps no word: it covers "now", or the last word at the end.
  EXPECT_EQ(matches(near({{"pattern", "\\$"}}, "now", 0), "pay the $ now"), Strings{"$ now"});
  EXPECT_EQ(matches(near({{"pattern", "\\$"}}, "pay", 0), "pay the $ now"), Strings{});
  EXPECT_EQ(matches(near({{"pattern", "\\$"}}, "pay", 1), "pay the $ now"), Strings{"pay the $"});
  EXPECT_EQ(matches(near({{"pattern", "\\$"}}, "now", 0), "pay now $"), Strings{"now $"});
}

TEST(EnginePattern, LeftmostThenLongestWithoutOverlap) {
  EXPECT_EQ(matches({{"pattern", "ab|abcd|bcde"}}, "abcde"), Strings{"abcd"});
  EXPECT_EQ(matches({{"pattern", "aa"}}, "aaaaa"), (Strings{"aa", "aa"}));
  EXPECT_EQ(matches({{"pattern", "\\bbuy (it )?now\\b"}}, "Buy it NOW! buy now."),
            (Strings{"Buy it NOW", "buy now"}));
}

TEST(EnginePattern, SeesTheFoldedText) {
  // Lower case, accents gone, typographic apostrophes and dashes plain, runs
  // of white space as one space.
  EXPECT_EQ(matches({{"pattern", "aujourd'hui"}}, "Achetez AUJOURD’HUI"), Strings{"AUJOURD’HUI"});
  EXPECT_EQ(matches({{"pattern", "a-b c"}}, "A—B \t\n C"), Strings{"A—B \t\n C"});
  EXPECT_EQ(matches({{"pattern", "^ok$"}}, "OK"), Strings{"OK"});
}

TEST(EnginePattern, AnchorsSeeTheWholeText) {
  EXPECT_EQ(matches({{"pattern", "^go"}}, "go go"), Strings{"go"});
  EXPECT_EQ(matches({{"pattern", "\\bgo\\b"}}, "ago go"), Strings{"go"});
}

TEST(EngineDetectors, EachFindIsAHit) {
  EXPECT_EQ(matches({{"detector", "ca_sin"}}, "NAS 130 692 544."), Strings{"130 692 544"});
  EXPECT_EQ(matches({{"detector", "us_ssn"}}, "SSN 078-05-1120"), Strings{"078-05-1120"});
  EXPECT_EQ(matches({{"detector", "payment_card"}}, "card 4111 1111 1111 1111"),
            Strings{"4111 1111 1111 1111"});
  EXPECT_EQ(matches({{"detector", "phone"}}, "Call 514-555-0199"), Strings{"514-555-0199"});
  EXPECT_EQ(matches({{"detector", "email"}}, "Écrivez à Jo@Example.COM."),
            Strings{"Jo@Example.COM"});
  EXPECT_EQ(matches({{"detector", "url"}}, "See https://x.example/a)."),
            Strings{"https://x.example/a"});
}

TEST(EngineDetectors, KeywordsWithinFoldedCharacters) {
  const auto with = [](int n) {
    return Json{{"detector", "phone"}, {"keywords", {"client"}}, {"within_chars", n}};
  };
  // One space between "client" and the number.
  EXPECT_EQ(matches(with(1), "client 514-555-0199"), Strings{"514-555-0199"});
  EXPECT_EQ(matches(with(0), "client 514-555-0199"), Strings{});
  // After the number too; "é" is one folded character.
  EXPECT_EQ(matches(with(3), "514-555-0199 é client"), Strings{"514-555-0199"});
  EXPECT_EQ(matches(with(2), "514-555-0199 é client"), Strings{});
  // The default is 300.
  const Json fallback = {{"detector", "phone"}, {"keywords", {"client"}}};
  EXPECT_EQ(matches(fallback, "client " + std::string(300, 'x') + " 514-555-0199"), Strings{});
  EXPECT_EQ(matches(fallback, "client " + std::string(298, 'x') + " 514-555-0199"),
            Strings{"514-555-0199"});
}

TEST(EngineLinks, OnlyHostsOutsideTheListHit) {
  const Json links = {{"link_outside", {"firm.example", "*.firm.example"}}};
  EXPECT_EQ(matches(links,
                    "https://firm.example/a https://www.firm.example/b "
                    "http://other.example/c www.evilfirm.example"),
            (Strings{"http://other.example/c", "www.evilfirm.example"}));
  EXPECT_EQ(matches({{"link_outside", {"*.firm.example"}}}, "https://firm.example/"),
            Strings{"https://firm.example/"});
  EXPECT_EQ(matches(links, "Visit FIRM.example or firm.example/x"), Strings{});  // bare domains
}

TEST(EngineLinks, ThePlatformsOwnLinksAreAllowed) {
  const Json charter = charter_of(Json::array({rule("r", {{"link_outside", {"firm.example"}}})}));
  policy::CompileOptions options;
  options.platform_host = "Go.Portevoix.example";
  const auto compiled = compile(charter, options);
  ASSERT_TRUE(compiled);
  EXPECT_EQ(check(*compiled, "https://go.portevoix.example/l/abc")["verdict"], "allow");
  EXPECT_EQ(check(*compiled, "https://x.go.portevoix.example/l/abc")["verdict"], "block");
  const auto without = compile(charter);
  EXPECT_EQ(check(*without, "https://go.portevoix.example/l/abc")["verdict"], "block");
}

TEST(EngineEmails, OnlyDomainsOutsideTheListHit) {
  const Json emails = {{"email_outside", {"firm.example"}}};
  EXPECT_EQ(matches(emails, "jo@firm.example, jo@gmail.example, jo@sub.firm.example"),
            (Strings{"jo@gmail.example", "jo@sub.firm.example"}));
  EXPECT_EQ(matches(emails, "JO@FIRM.EXAMPLE"), Strings{});
}

TEST(EngineConditions, EditedOverComparesWordsWithTheApprovedText) {
  const Json edited = {{"edited_over", 0.5}};
  const std::string approved = "Our balanced fund is now open to new investors";  // 9 words
  EXPECT_EQ(matches(edited, "Our balanced fund is now open!", {{"approved_text", approved}}),
            Strings{});  // 3 deleted: 3/9
  EXPECT_EQ(matches(edited, "Our fund is open", {{"approved_text", approved}}),
            Strings{""});  // 5/9
  EXPECT_EQ(matches(edited, "OUR BALANCED FUND, now open to new investors.",
                    {{"approved_text", approved}}),
            Strings{});                                      // case and punctuation are not edits
  EXPECT_EQ(matches(edited, "Anything at all"), Strings{});  // no approved text
  // Exactly the ratio is not over it: 1 of 2 words.
  EXPECT_EQ(matches(edited, "hello there", {{"approved_text", "hello world"}}), Strings{});
  EXPECT_EQ(matches({{"edited_over", 0}}, "hello there", {{"approved_text", "hello there"}}),
            Strings{});
  EXPECT_EQ(matches({{"edited_over", 0}}, "hello", {{"approved_text", ""}}), Strings{""});
}

TEST(EngineConditions, CountsAndLanguages) {
  EXPECT_EQ(matches({{"shares_today_over", 4}}, "x", {{"shares_today", 5}}), Strings{""});
  EXPECT_EQ(matches({{"shares_today_over", 4}}, "x", {{"shares_today", 4}}), Strings{});
  EXPECT_EQ(matches({{"shares_today_over", 4}}, "x"), Strings{});
  EXPECT_EQ(matches({{"promotional_share_over", 0.25}}, "x", {{"promotional_share", 0.3}}),
            Strings{""});
  EXPECT_EQ(matches({{"promotional_share_over", 0.25}}, "x", {{"promotional_share", 0.25}}),
            Strings{});
  EXPECT_EQ(matches({{"language_not", {"fr"}}}, "x", {{"language", "en-CA"}}), Strings{""});
  EXPECT_EQ(matches({{"language_not", {"fr"}}}, "x", {{"language", "FR-ca"}}), Strings{});
  EXPECT_EQ(matches({{"language_not", {"fr"}}}, "x"), Strings{});
}

TEST(EngineConditions, SpanlessFindingsHaveNullSpans) {
  const auto compiled = compile(charter_of(Json::array({rule("r", {{"shares_today_over", 1}})})));
  ASSERT_TRUE(compiled);
  const Json v = check(*compiled, "hello", {{"shares_today", 2}});
  ASSERT_EQ(v["findings"].size(), 1u);
  EXPECT_TRUE(v["findings"][0]["start"].is_null());
  EXPECT_TRUE(v["findings"][0]["end"].is_null());
  EXPECT_TRUE(v["findings"][0]["match"].is_null());
}

}  // namespace
}  // namespace pv::testing
