#include "policy/rule_judge.h"

#include <algorithm>
#include <tuple>

namespace pv::policy {
namespace {

bool covers(const CompiledException& e, const Hit& hit, const TextScan& scan) {
  if (!e.within) return scan.any_term(e.terms);
  if (hit.spanless) return false;
  for (const TermHit& t : scan.term_hits(e.terms)) {
    if (word_distance(t.first, t.last, hit.first, hit.last) <= *e.within) return true;
  }
  return false;
}

// Spanless first, then by start, end, and the more severe action first.
bool finding_order(const Finding& a, const Finding& b) {
  return std::make_tuple(a.start.has_value(), a.start, a.end, b.action) <
         std::make_tuple(b.start.has_value(), b.start, b.end, a.action);
}

bool same_finding(const Finding& a, const Finding& b) {
  return a.start == b.start && a.end == b.end && a.action == b.action;
}

}  // namespace

std::optional<Action> action_after_exceptions(const Hit& hit, const Rule& rule,
                                              const CompiledRule& compiled, const TextScan& scan) {
  for (const CompiledException& e : compiled.unless) {
    if (covers(e, hit, scan)) return e.action;  // none: excused
  }
  return rule.action;
}

RuleOutcome judge_rule(const Rule& rule, const CompiledRule& compiled, const Hits& hits,
                       const TextScan& scan, OriginalText& original, std::string_view language) {
  RuleOutcome out;
  for (const Hit& hit : hits) {
    const auto action = action_after_exceptions(hit, rule, compiled, scan);
    if (!action) continue;
    out.action = most_severe(out.action, *action);
    Finding f;
    f.rule = rule.id;
    f.action = *action;
    f.category = rule.category;
    if (!hit.spanless) {
      const OriginalSpan span = scan.folded().original_span(hit.begin, hit.end);
      f.start = span.start;
      f.end = span.end;
      f.match = original.slice(span.start, span.end);
    }
    f.message = rule.message.in(language);
    if (rule.suggestion) f.suggestion = rule.suggestion->in(language);
    out.findings.push_back(std::move(f));
  }
  std::sort(out.findings.begin(), out.findings.end(), finding_order);
  out.findings.erase(std::unique(out.findings.begin(), out.findings.end(), same_finding),
                     out.findings.end());
  return out;
}

}  // namespace pv::policy
