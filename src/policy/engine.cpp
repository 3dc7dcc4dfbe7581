// CompiledCharter: compiling a charter once (terms into the TermMatcher,
// patterns into the PatternSet, each rule into its CompiledRule) and checking
// posts against it (CHARTER.md, "Verdict" and "Disclaimers").
#include "policy/engine.h"

#include <algorithm>

#include "policy/evaluator.h"
#include "policy/expr_compiler.h"
#include "policy/original_text.h"
#include "policy/pattern_set.h"
#include "policy/rule_judge.h"
#include "policy/scope_match.h"
#include "policy/term_matcher.h"
#include "policy/text_scan.h"
#include "policy/url.h"

namespace pv::policy {

struct CompiledCharter::Impl {
  Charter charter;
  std::string platform_host;  // normalised
  TermMatcher terms;
  PatternSet patterns;
  std::vector<CompiledRule> rules;  // parallel to charter.rules
};

CompiledCharter::CompiledCharter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompiledCharter::~CompiledCharter() = default;

const Charter& CompiledCharter::charter() const {
  return impl_->charter;
}

Result<std::shared_ptr<const CompiledCharter>> CompiledCharter::compile(Charter charter,
                                                                        CompileOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->charter = std::move(charter);
  impl->platform_host = normalize_host(options.platform_host);
  for (const Rule& rule : impl->charter.rules) {
    auto compiled = compile_rule(rule, impl->terms, impl->patterns);
    if (!compiled) return compiled.error();
    impl->rules.push_back(std::move(*compiled));
  }
  if (auto status = impl->patterns.compile(); !status) return status.error();
  return std::shared_ptr<const CompiledCharter>(new CompiledCharter(std::move(impl)));
}

namespace {

bool disclaimer_applies(const Disclaimer& d, const CheckContext& context,
                        const std::vector<std::string>& fired) {
  if (!scope_matches(d.when.scope, context)) return false;
  if (!d.when.rules) return true;
  return std::any_of(d.when.rules->begin(), d.when.rules->end(), [&](const std::string& glob) {
    return std::any_of(fired.begin(), fired.end(),
                       [&](const std::string& id) { return glob_matches(glob, id); });
  });
}

}  // namespace

Verdict CompiledCharter::check(std::string_view text, const CheckContext& context) const {
  const Impl& impl = *impl_;
  const FoldedText folded = fold(text);
  TextScan scan(folded, impl.terms, impl.patterns);
  Evaluator evaluator(scan, context, impl.platform_host);
  OriginalText original(text);
  const std::string language = context.language.value_or("");

  Verdict verdict;
  verdict.charter_version = impl.charter.version;
  std::vector<std::string> fired;  // active rules that fired
  for (std::size_t i = 0; i < impl.rules.size(); ++i) {
    const Rule& rule = impl.charter.rules[i];
    if (!scope_matches(rule.scope, context)) continue;
    const Hits hits = evaluator.hits(impl.rules[i].match);
    if (hits.empty()) continue;
    RuleOutcome outcome = judge_rule(rule, impl.rules[i], hits, scan, original, language);
    if (outcome.action == Action::kAllow) continue;
    auto& into = rule.status == RuleStatus::kSilent ? verdict.silent : verdict.findings;
    std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(into));
    if (rule.status == RuleStatus::kActive) {
      verdict.verdict = most_severe(verdict.verdict, outcome.action);
      fired.push_back(rule.id);
    }
  }
  for (const Disclaimer& d : impl.charter.disclaimers) {
    if (disclaimer_applies(d, context, fired)) verdict.disclaimers.push_back(d.id);
  }
  return verdict;
}

}  // namespace pv::policy
