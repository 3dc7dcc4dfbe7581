// The engine's JSON edges: parse_context (the API's and `portevoix check`'s
// context) and to_json (the verdict as CHARTER.md shows it).
#include <gtest/gtest.h>

#include "policy/engine.h"

namespace pv::testing {
namespace {

using Json = nlohmann::json;
using policy::parse_context;

TEST(EngineContext, ReadsEveryKey) {
  const auto c = parse_context({{"network", "LinkedIn"},
                                {"language", "fr-CA"},
                                {"region", "QC"},
                                {"role", "advisor"},
                                {"tags", {"registered", "insurance"}},
                                {"origin", "Edited"},
                                {"approved_text", "Bonjour"},
                                {"shares_today", 3},
                                {"promotional_share", 0.25},
                                {"something_else", {1, 2}}});
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->network, policy::Network::kLinkedIn);
  EXPECT_EQ(c->language, "fr-CA");
  EXPECT_EQ(c->region, "QC");
  EXPECT_EQ(c->role, "advisor");
  EXPECT_EQ(c->tags, (std::vector<std::string>{"registered", "insurance"}));
  EXPECT_EQ(c->origin, policy::Origin::kEdited);
  EXPECT_EQ(c->approved_text, "Bonjour");
  EXPECT_EQ(c->shares_today, 3);
  EXPECT_EQ(c->promotional_share, 0.25);
}

TEST(EngineContext, EveryKeyIsOptional) {
  const auto c = parse_context(Json::object());
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->network || c->language || c->region || c->role || c->tags || c->origin ||
               c->approved_text || c->shares_today || c->promotional_share);
  EXPECT_EQ(parse_context({{"shares_today", 2.0}})->shares_today, 2);
  EXPECT_EQ(parse_context({{"promotional_share", 1}})->promotional_share, 1.0);
}

struct BadContext {
  Json context;
  const char* field;
};

class EngineContextRefused : public ::testing::TestWithParam<BadContext> {};

TEST_P(EngineContextRefused, NamesTheKey) {
  const auto c = parse_context(GetParam().context);
  ASSERT_FALSE(c.ok()) << GetParam().context;
  EXPECT_EQ(c.error().kind(), ErrorKind::kInvalid);
  EXPECT_TRUE(c.error().details()["fields"].contains(GetParam().field)) << c.error().details();
}

const BadContext kBad[] = {
    {Json::array(), "context"},
    {"text", "context"},
    {{{"network", "myspace"}}, "context.network"},
    {{{"network", 3}}, "context.network"},
    {{{"language", nullptr}}, "context.language"},
    {{{"region", Json::array({"QC"})}}, "context.region"},
    {{{"role", true}}, "context.role"},
    {{{"origin", "remix"}}, "context.origin"},
    {{{"approved_text", 1}}, "context.approved_text"},
    {{{"tags", "registered"}}, "context.tags"},
    {{{"tags", {"a", 1}}}, "context.tags"},
    {{{"shares_today", -1}}, "context.shares_today"},
    {{{"shares_today", 1.5}}, "context.shares_today"},
    {{{"shares_today", "3"}}, "context.shares_today"},
    {{{"promotional_share", 1.5}}, "context.promotional_share"},
    {{{"promotional_share", -0.1}}, "context.promotional_share"},
    {{{"promotional_share", "0.2"}}, "context.promotional_share"},
};

INSTANTIATE_TEST_SUITE_P(Cases, EngineContextRefused, ::testing::ValuesIn(kBad));

TEST(EngineVerdictJson, HasTheDocumentedShape) {
  policy::Verdict v;
  v.verdict = policy::Action::kReview;
  v.charter_version = "2026.11.1";
  policy::Finding spanned{
      "performance.numeric-return", policy::Action::kReview,     "performance",  12, 31,
      "8% annual return",           "Figures go to compliance.", "Add a source."};
  policy::Finding spanless{"mix.frequency",    policy::Action::kWarn, "mix",
                           std::nullopt,       std::nullopt,          std::nullopt,
                           "Too many shares.", std::nullopt};
  v.findings = {spanned};
  v.silent = {spanless};
  v.disclaimers = {"personal-opinion", "performance"};
  const Json expected = Json::parse(R"({
    "verdict": "review", "charter_version": "2026.11.1",
    "findings": [{"rule": "performance.numeric-return", "action": "review",
                  "category": "performance", "start": 12, "end": 31,
                  "match": "8% annual return", "message": "Figures go to compliance.",
                  "suggestion": "Add a source."}],
    "silent": [{"rule": "mix.frequency", "action": "warn", "category": "mix", "start": null,
                "end": null, "match": null, "message": "Too many shares.", "suggestion": null}],
    "disclaimers": ["personal-opinion", "performance"]})");
  EXPECT_EQ(policy::to_json(v), expected);
  EXPECT_EQ(policy::to_json(policy::Verdict{})["findings"], Json::array());
  EXPECT_EQ(policy::to_json(policy::Verdict{})["verdict"], "allow");
}

}  // namespace
}  // namespace pv::testing
