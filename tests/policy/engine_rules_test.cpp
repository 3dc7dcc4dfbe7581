// Rules in the engine (CHARTER.md, "Rules", "Disclaimers", "Context" and
// "Verdict"): exceptions and their windows, actions and severity, scopes,
// silent rules, findings (order, merging, language) and disclaimers.
#include <gtest/gtest.h>

#include "policy/engine_testing.h"

namespace pv::testing {
namespace {

Json with(Json r, const char* key, const Json& value) {
  r[key] = value;
  return r;
}

std::vector<std::string> actions(const Json& findings) {
  std::vector<std::string> out;
  for (const Json& f : findings)
    out.push_back(f["action"].get<std::string>());
  return out;
}

TEST(EngineExceptions, AWindowCountsWordsBetweenTheTermAndTheHit) {
  const auto c = compile(charter_of(Json::array({with(
      rule("r", "guaranteed"), "unless", Json::array({{{"terms", {"not"}}, {"within", 1}}}))})));
  ASSERT_TRUE(c);
  EXPECT_EQ(check(*c, "It is guaranteed")["verdict"], "block");
  EXPECT_EQ(check(*c, "It is not guaranteed")["verdict"], "allow");   // touching
  EXPECT_EQ(check(*c, "not really guaranteed")["verdict"], "allow");  // one word between
  EXPECT_EQ(check(*c, "not at all guaranteed")["verdict"], "block");  // two
  EXPECT_EQ(check(*c, "guaranteed, or not")["verdict"], "allow");     // after, one between
}

TEST(EngineExceptions, WithinZeroNeedsTheTermToOverlapOrTouch) {
  const auto c = compile(charter_of(Json::array({with(
      rule("r", "risk-free"), "unless",
      Json::array({{{"terms", {"risk-free rate"}}, {"within", 0}}, {{"terms", {"hedge"}}}}))})));
  ASSERT_TRUE(c);
  EXPECT_EQ(check(*c, "the risk-free rate")["verdict"], "allow");  // overlaps
  EXPECT_EQ(check(*c, "risk-free, rate")["verdict"], "allow");     // the term still matches
  EXPECT_EQ(check(*c, "risk-free. Rate")["verdict"], "block");     // it does not
  // No window: anywhere in the post.
  EXPECT_EQ(check(*c, "risk-free ... many words later: hedge")["verdict"], "allow");
}

TEST(EngineExceptions, TheFirstCoveringExceptionDecides) {
  const auto c = compile(charter_of(
      Json::array({with(rule("r", "gain"), "unless",
                        Json::array({{{"terms", {"gic"}}, {"within", 2}, {"action", "warn"}},
                                     {{"terms", {"gic", "bond"}}},
                                     {{"terms", {"stock"}}, {"action", "review"}}}))})));
  ASSERT_TRUE(c);
  auto v = check(*c, "A GIC gain");
  EXPECT_EQ(v["verdict"], "warn");
  EXPECT_EQ(actions(v["findings"]), std::vector<std::string>{"warn"});
  EXPECT_EQ(check(*c, "A GIC, some years of gain")["verdict"], "allow");  // second: excused
  EXPECT_EQ(check(*c, "A stock gain")["verdict"], "review");
  EXPECT_EQ(check(*c, "A gain")["verdict"], "block");
}

TEST(EngineExceptions, EachHitIsJudgedAloneAndTheRuleTakesTheMostSevere) {
  const auto c = compile(charter_of(
      Json::array({with(rule("r", "gain"), "unless",
                        Json::array({{{"terms", {"gic"}}, {"within", 0}, {"action", "warn"}}}))})));
  ASSERT_TRUE(c);
  const Json v = check(*c, "GIC gain. Later, another gain.");
  EXPECT_EQ(v["verdict"], "block");
  EXPECT_EQ(actions(v["findings"]), (std::vector<std::string>{"warn", "block"}));
}

TEST(EngineExceptions, OnlyAnExceptionWithoutWindowCoversASpanlessHit) {
  const Json windowed = with(rule("r", {{"shares_today_over", 1}}), "unless",
                             Json::array({{{"terms", {"event"}}, {"within", 100}}}));
  const Json anywhere = with(rule("r", {{"shares_today_over", 1}}), "unless",
                             Json::array({{{"terms", {"event"}}, {"action", "warn"}}}));
  const Json ctx = {{"shares_today", 2}};
  EXPECT_EQ(check(*compile(charter_of(Json::array({windowed}))), "event", ctx)["verdict"], "block");
  EXPECT_EQ(check(*compile(charter_of(Json::array({anywhere}))), "event", ctx)["verdict"], "warn");
}

TEST(EngineExceptions, NearHitsAreJudgedOnTheirWholeSpan) {
  const auto c = compile(charter_of(Json::array(
      {with(rule("r", {{"near", {"guaranteed", "return"}}, {"within", 4}}), "unless",
            Json::array({{{"terms", {"gic"}}, {"within", 2}, {"action", "review"}}}))})));
  ASSERT_TRUE(c);
  // From "return", GIC is 4 words away; from the pair's end, 2.
  EXPECT_EQ(check(*c, "return, surely guaranteed by the GIC")["verdict"], "review");
  EXPECT_EQ(check(*c, "return, surely guaranteed by the big GIC")["verdict"], "block");
}

TEST(EngineVerdict, IsTheMostSevereActiveAction) {
  const auto c =
      compile(charter_of(Json::array({rule("w", "alpha", "warn"), rule("f", "beta", "flag"),
                                      rule("r", "gamma", "review"), rule("b", "delta", "block")})));
  ASSERT_TRUE(c);
  EXPECT_EQ(check(*c, "nothing")["verdict"], "allow");
  EXPECT_EQ(check(*c, "alpha")["verdict"], "warn");
  EXPECT_EQ(check(*c, "alpha beta")["verdict"], "flag");
  EXPECT_EQ(check(*c, "gamma beta alpha")["verdict"], "review");
  EXPECT_EQ(check(*c, "alpha delta gamma")["verdict"], "block");
  EXPECT_EQ(check(*c, "x")["charter_version"], "t.1");
}

TEST(EngineScope, AppliesOnlyWhenEveryKeyMatches) {
  const auto c = compile(charter_of(Json::array({with(rule("r", "expert"), "scope",
                                                      {{"regions", {"QC"}},
                                                       {"roles", {"advisor"}},
                                                       {"languages", {"fr"}},
                                                       {"networks", {"x", "facebook"}},
                                                       {"origins", {"original"}},
                                                       {"tags", {"registered"}}})})));
  ASSERT_TRUE(c);
  const Json full = {{"region", "qc"}, {"role", "Advisor"},    {"language", "fr-CA"},
                     {"network", "x"}, {"origin", "original"}, {"tags", {"a", "REGISTERED"}}};
  EXPECT_EQ(check(*c, "expert", full)["verdict"], "block");
  for (const char* key : {"region", "role", "language", "network", "origin", "tags"}) {
    Json missing = full;
    missing.erase(key);
    EXPECT_EQ(check(*c, "expert", missing)["verdict"], "allow") << "without " << key;
  }
  const std::vector<std::pair<const char*, Json>> other = {
      {"region", "ON"},        {"role", "banker"},    {"language", "en-CA"},
      {"network", "linkedin"}, {"origin", "library"}, {"tags", Json::array({"insurance"})}};
  for (const auto& [key, value] : other) {
    Json changed = full;
    changed[key] = value;
    EXPECT_EQ(check(*c, "expert", changed)["verdict"], "allow") << key << " " << value;
  }
}

TEST(EngineSilent, IsReportedApartAndChangesNothing) {
  const auto c = compile(charter_of(
      Json::array({with(rule("s.quiet", "alpha", "block"), "status", "silent"),
                   rule("a.loud", "beta", "warn")}),
      Json::array({{{"id", "by-silent"}, {"text", {{"en", "x"}}}, {"when", {{"rules", {"s.*"}}}}},
                   {{"id", "by-loud"}, {"text", {{"en", "y"}}}, {"when", {{"rules", {"a.*"}}}}}})));
  ASSERT_TRUE(c);
  Json v = check(*c, "alpha");
  EXPECT_EQ(v["verdict"], "allow");
  EXPECT_TRUE(v["findings"].empty());
  ASSERT_EQ(v["silent"].size(), 1u);
  EXPECT_EQ(v["silent"][0]["rule"], "s.quiet");
  EXPECT_EQ(v["silent"][0]["action"], "block");
  EXPECT_TRUE(v["disclaimers"].empty());
  v = check(*c, "alpha beta");
  EXPECT_EQ(v["verdict"], "warn");
  EXPECT_EQ(v["disclaimers"], Json::array({"by-loud"}));
}

TEST(EngineFindings, ComeInCharterOrderSpanlessFirstThenByStart) {
  const auto c = compile(charter_of(
      Json::array({rule("z.second", "beta", "warn"),
                   rule("a.first", {{"any", {"alpha", {{"shares_today_over", 0}}}}}, "warn")})));
  ASSERT_TRUE(c);
  const Json v = check(*c, "alpha beta alpha", {{"shares_today", 1}});
  ASSERT_EQ(v["findings"].size(), 4u) << v.dump();
  EXPECT_EQ(v["findings"][0]["rule"], "z.second");
  EXPECT_EQ(v["findings"][1]["rule"], "a.first");
  EXPECT_TRUE(v["findings"][1]["start"].is_null());
  EXPECT_EQ(v["findings"][2]["start"], 0);
  EXPECT_EQ(v["findings"][3]["start"], 11);
}

TEST(EngineFindings, HitsWithTheSameSpanAndActionAreOne) {
  // The two terms and the pattern all cover "rendements".
  EXPECT_EQ(
      matches({{"any", {Json::array({"rendement*", "rendements"}), {{"pattern", "rendements"}}}}},
              "Des rendements"),
      std::vector<std::string>{"rendements"});
}

TEST(EngineFindings, SpeakThePostsLanguage) {
  Json r = rule("r", "alpha");
  r["suggestion"] = {{"en", "Say less."}, {"fr", "Dites-en moins."}};
  Json english_only = rule("e", "beta");
  english_only["message"] = {{"en", "Only English."}};
  const auto c = compile(charter_of(Json::array({r, english_only})));
  ASSERT_TRUE(c);
  Json v = check(*c, "alpha beta", {{"language", "fr-CA"}});
  EXPECT_EQ(v["findings"][0]["message"], "fr r");
  EXPECT_EQ(v["findings"][0]["suggestion"], "Dites-en moins.");
  EXPECT_EQ(v["findings"][1]["message"], "Only English.");
  EXPECT_TRUE(v["findings"][1]["suggestion"].is_null());
  v = check(*c, "alpha", {{"language", "en"}});
  EXPECT_EQ(v["findings"][0]["message"], "en r");
  EXPECT_EQ(check(*c, "alpha", {{"language", "de"}})["findings"][0]["message"], "en r");
  EXPECT_EQ(check(*c, "alpha")["findings"][0]["message"], "en r");
  EXPECT_EQ(v["findings"][0]["category"], "test");
  EXPECT_EQ(v["findings"][0]["action"], "block");
}

TEST(EngineDisclaimers, ApplyInCharterOrderWhateverTheVerdict) {
  const auto c = compile(charter_of(
      Json::array({rule("performance.figures.annual", "gain", "warn"), rule("tax.free", "tfsa")}),
      Json::array({
          {{"id", "always"}, {"text", {{"en", "a"}}}},
          {{"id", "perf"}, {"text", {{"en", "p"}}}, {"when", {{"rules", {"performance*"}}}}},
          {{"id", "qc-ins"},
           {"text", {{"en", "q"}}},
           {"when", {{"regions", {"QC"}}, {"tags", {"insurance"}}}}},
          {{"id", "any-rule"}, {"text", {{"en", "r"}}}, {"when", {{"rules", {"*"}}}}},
          {{"id", "tax"}, {"text", {{"en", "t"}}}, {"when", {{"rules", {"tax.*"}}}}},
      })));
  ASSERT_TRUE(c);
  EXPECT_EQ(check(*c, "hello")["disclaimers"], Json::array({"always"}));
  EXPECT_EQ(check(*c, "gain")["disclaimers"], Json::array({"always", "perf", "any-rule"}));
  EXPECT_EQ(check(*c, "tfsa gain", {{"region", "QC"}, {"tags", {"insurance"}}})["disclaimers"],
            Json::array({"always", "perf", "qc-ins", "any-rule", "tax"}));
  EXPECT_EQ(check(*c, "hello", {{"region", "QC"}})["disclaimers"], Json::array({"always"}));
}

}  // namespace
}  // namespace pv::testing
