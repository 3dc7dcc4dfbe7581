// Loading the project's example charter (schema/charter/example.json): it is
// valid, and the model holds what the file says, in the form the matcher
// reads (lists resolved, scopes parsed, defaults filled in).
#include "policy/charter_loader.h"

#include <set>

#include <gtest/gtest.h>

#include "source_files.h"

namespace pv::policy {
namespace {

const Charter& example() {
  static const Charter charter = [] {
    auto loaded = load_charter_text(testing::read_source_file("schema/charter/example.json"));
    if (!loaded.ok()) ADD_FAILURE() << loaded.error().message();
    return loaded.ok() ? *loaded : Charter{};
  }();
  return charter;
}

const Rule& rule(const std::string& id) {
  for (const auto& r : example().rules) {
    if (r.id == id) return r;
  }
  ADD_FAILURE() << "no rule " << id;
  static const Rule none;
  return none;
}

std::vector<std::string> sources(const std::vector<Term>& terms) {
  std::vector<std::string> out;
  for (const auto& t : terms)
    out.push_back(t.source);
  return out;
}

// Every node kind and detector that occurs in a tree.
void collect(const Expr& e, std::set<std::size_t>& kinds, std::set<Detector>& detectors,
             bool& negation) {
  kinds.insert(e.node.index());
  const auto operand = [&](const NearOperand& o) {
    if (const auto* d = std::get_if<DetectorExpr>(&o)) detectors.insert(d->detector);
  };
  if (const auto* any = std::get_if<AnyExpr>(&e.node)) {
    for (const auto& m : any->members)
      collect(m, kinds, detectors, negation);
  } else if (const auto* all = std::get_if<AllExpr>(&e.node)) {
    for (const auto& m : all->required)
      collect(m, kinds, detectors, negation);
    for (const auto& m : all->excluded)
      collect(m, kinds, detectors, negation);
    negation = negation || !all->excluded.empty();
  } else if (const auto* near = std::get_if<NearExpr>(&e.node)) {
    operand(near->a);
    operand(near->b);
  } else if (const auto* d = std::get_if<DetectorExpr>(&e.node)) {
    detectors.insert(d->detector);
  }
}

TEST(ExampleCharter, Loads) {
  const Charter& c = example();
  EXPECT_EQ(c.id, "heritage");
  EXPECT_FALSE(c.version.empty());
  ASSERT_TRUE(c.title.has_value());
  EXPECT_TRUE(c.title->fr.has_value());
  EXPECT_EQ(c.rules.size(), 30u);
  EXPECT_EQ(c.disclaimers.size(), 6u);
  EXPECT_EQ(c.lists.size(), 6u);
}

TEST(ExampleCharter, UsesEveryExpressionKindAndDetector) {
  std::set<std::size_t> kinds;
  std::set<Detector> detectors;
  bool negation = false;
  for (const auto& r : example().rules)
    collect(r.match, kinds, detectors, negation);
  EXPECT_EQ(kinds.size(), std::variant_size_v<Expr::Node>);
  EXPECT_EQ(detectors.size(), 6u);
  EXPECT_TRUE(negation);
}

TEST(ExampleCharter, ListsAreResolvedIntoTerms) {
  const auto& near = std::get<NearExpr>(rule("promise.assured-gain").match.node);
  const auto& a = std::get<TermsExpr>(near.a);
  EXPECT_EQ(sources(a.terms), (std::vector<std::string>{"guarante*", "garanti*", "assured"}));
  ASSERT_EQ(a.terms[0].words.size(), 1u);
  EXPECT_TRUE(a.terms[0].words[0].prefix);
  EXPECT_EQ(near.within, 4u);
  const auto& b = std::get<TermsExpr>(near.b);
  EXPECT_EQ(b.terms.size(), 8u);
  // The product list inside an exception, too.
  const auto& unless = rule("promise.assured-gain").unless;
  ASSERT_EQ(unless.size(), 2u);
  EXPECT_EQ(unless[1].terms.size(), 7u);
  EXPECT_EQ(unless[1].within, 6u);
  EXPECT_EQ(unless[1].action, Action::kReview);
  EXPECT_EQ(unless[0].within, 0u);
  EXPECT_EQ(unless[0].action, std::nullopt);
}

TEST(ExampleCharter, SingleTermsAndExceptionsWithoutWithin) {
  const auto& terms = std::get<TermsExpr>(rule("promise.cant-lose").match.node);
  ASSERT_EQ(terms.terms.size(), 1u);
  EXPECT_EQ(terms.terms[0].source, "can't lose");
  EXPECT_EQ(terms.terms[0].words.size(), 3u);  // can, t, lose
  const auto& unless = rule("recommendation.call").unless;
  ASSERT_EQ(unless.size(), 1u);
  EXPECT_EQ(unless[0].within, std::nullopt);
}

TEST(ExampleCharter, NotMembersOfAllAreKeptApart) {
  const auto& all = std::get<AllExpr>(rule("balance.risk-missing").match.node);
  EXPECT_EQ(all.required.size(), 2u);
  ASSERT_EQ(all.excluded.size(), 1u);
  EXPECT_EQ(std::get<TermsExpr>(all.excluded[0].node).terms.size(), 6u);
}

TEST(ExampleCharter, ActionsStatusesAndDetectorDefaults) {
  EXPECT_EQ(rule("promise.no-risk").action, Action::kBlock);
  EXPECT_EQ(rule("workflow.volume").action, Action::kWarn);
  EXPECT_EQ(rule("performance.outlook").status, RuleStatus::kSilent);
  EXPECT_EQ(rule("pressure.urgency").status, RuleStatus::kSilent);
  EXPECT_EQ(rule("promise.no-risk").status, RuleStatus::kActive);
  const auto& email = std::get<DetectorExpr>(rule("privacy.client-email").match.node);
  EXPECT_EQ(email.within_chars, 40u);
  EXPECT_EQ(email.keywords.size(), 4u);
  const auto& phone = std::get<DetectorExpr>(rule("privacy.client-phone").match.node);
  EXPECT_EQ(phone.within_chars, DetectorExpr::kDefaultWithinChars);
  const auto& sin = std::get<DetectorExpr>(rule("privacy.sin").match.node);
  EXPECT_TRUE(sin.keywords.empty());
  EXPECT_EQ(std::get<SharesTodayOverExpr>(rule("workflow.volume").match.node).count, 4u);
  EXPECT_DOUBLE_EQ(std::get<EditedOverExpr>(rule("workflow.rewritten").match.node).ratio, 0.5);
  EXPECT_EQ(std::get<LanguageNotExpr>(rule("language.quebec-french").match.node).languages,
            std::vector<std::string>{"fr"});
  EXPECT_EQ(std::get<PatternExpr>(rule("performance.outlook").match.node).regex.substr(0, 3),
            "\\b(");
}

TEST(ExampleCharter, HostsAndScopes) {
  const auto& links = std::get<LinkOutsideExpr>(rule("links.outside").match.node);
  EXPECT_EQ(links.allowed,
            (std::vector<HostPattern>{{"heritage.example", false}, {"heritage.example", true}}));
  EXPECT_EQ(rule("channel.direct-message").scope.networks,
            (std::vector<Network>{Network::kX, Network::kFacebook}));
  EXPECT_EQ(rule("titles.restricted").scope.regions, std::vector<std::string>{"QC"});
  EXPECT_EQ(rule("titles.restricted").scope.roles, std::vector<std::string>{"advisor"});
  EXPECT_EQ(rule("titles.planner").scope.languages, std::vector<std::string>{"fr"});
  EXPECT_EQ(rule("balance.risk-missing").scope.origins, std::vector<Origin>{Origin::kOriginal});
  EXPECT_EQ(rule("insurance.replacement").scope.tags, std::vector<std::string>{"insurance"});
  EXPECT_TRUE(rule("privacy.sin").scope.empty());
}

TEST(ExampleCharter, Disclaimers) {
  const auto& d = example().disclaimers;
  EXPECT_EQ(d[0].id, "opinion");
  EXPECT_TRUE(d[0].when.empty());
  ASSERT_TRUE(d[0].short_text.has_value());
  EXPECT_TRUE(d[0].short_text->fr.has_value());
  EXPECT_EQ(d[2].when.rules, (std::vector<std::string>{"performance.*", "balance.*"}));
  EXPECT_TRUE(d[2].when.scope.empty());
  EXPECT_EQ(d[4].when.scope.origins, std::vector<Origin>{Origin::kLibrary});
  EXPECT_EQ(d[4].when.scope.networks,
            (std::vector<Network>{Network::kLinkedIn, Network::kFacebook}));
  EXPECT_EQ(d[4].when.scope.languages, (std::vector<std::string>{"en", "fr"}));
}

TEST(ExampleCharter, MessagesInBothLanguages) {
  for (const auto& r : example().rules) {
    EXPECT_FALSE(r.message.en.empty()) << r.id;
    EXPECT_TRUE(r.message.fr.has_value()) << r.id;
  }
  EXPECT_EQ(rule("balance.risk-missing").suggestion->in("fr"),
            "Ajoutez une phrase sur ce qui pourrait mal tourner.");
}

TEST(LoadCharter, NormalisesWhatItCompares) {
  const auto loaded = load_charter(nlohmann::json::parse(R"({
    "id": "n", "version": "1",
    "rules": [{"id": "r", "category": "c", "action": "flag",
               "match": {"link_outside": ["Porte-Voix.EXAMPLE", "*.CDN.example"]},
               "scope": {"languages": ["FR-ca", "en_US"]},
               "message": {"en": "m"}},
              {"id": "s", "category": "c", "action": "warn",
               "match": {"shares_today_over": 3.0}, "message": {"en": "m"}}]})"));
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  const auto& links = std::get<LinkOutsideExpr>(loaded->rules[0].match.node);
  EXPECT_EQ(links.allowed,
            (std::vector<HostPattern>{{"porte-voix.example", false}, {"cdn.example", true}}));
  EXPECT_EQ(loaded->rules[0].scope.languages, (std::vector<std::string>{"fr", "en"}));
  EXPECT_EQ(std::get<SharesTodayOverExpr>(loaded->rules[1].match.node).count, 3u);
  EXPECT_FALSE(loaded->title.has_value());
  EXPECT_TRUE(loaded->disclaimers.empty());
}

}  // namespace
}  // namespace pv::policy
