#include "policy/evaluator.h"

#include "policy/conditions.h"
#include "policy/host_allow.h"
#include "policy/near.h"

namespace pv::policy {
namespace {

Hits spanless_if(bool condition) {
  return condition ? Hits{Hit::without_span()} : Hits{};
}

}  // namespace

Hits Evaluator::hits(const CompiledExpr& expr) {
  Hits out = std::visit([this](const auto& n) { return node(n); }, expr.node);
  normalize(out);
  return out;
}

Hits Evaluator::operand(const COperand& op) {
  return std::visit([this](const auto& n) { return node(n); }, op);
}

Hits Evaluator::node(const CDetector& e) {
  const Hits& finds = scan_.detector(e.detector);
  if (!e.keywords) return finds;
  if (finds.empty()) return {};
  return near_keywords(finds, scan_.terms(*e.keywords), e.within_chars, scan_.folded().text());
}

Hits Evaluator::node(const CNear& e) {
  const Hits a = operand(e.a);
  if (a.empty()) return {};
  return near_pairs(a, operand(e.b), e.within);
}

Hits Evaluator::node(const CAny& e) {
  Hits out;
  for (const CompiledExpr& m : e.members) {
    const Hits h = hits(m);
    out.insert(out.end(), h.begin(), h.end());
  }
  return out;
}

Hits Evaluator::node(const CAll& e) {
  for (const CompiledExpr& m : e.excluded) {
    if (!hits(m).empty()) return {};
  }
  Hits out;
  for (const CompiledExpr& m : e.required) {
    const Hits h = hits(m);
    if (h.empty()) return {};
    out.insert(out.end(), h.begin(), h.end());
  }
  return out;
}

Hits Evaluator::node(const LinkOutsideExpr& e) {
  Hits out;
  for (const UrlMatch& u : scan_.urls()) {
    if (!link_allowed(u.host, e.allowed, platform_host_)) out.push_back(scan_.hit_of_bytes(u.span));
  }
  return out;
}

Hits Evaluator::node(const EmailOutsideExpr& e) {
  Hits out;
  const std::string_view text = scan_.folded().text();
  for (const EmailMatch& m : scan_.emails()) {
    const auto domain = text.substr(m.domain.begin, m.domain.end - m.domain.begin);
    if (!email_domain_allowed(domain, e.allowed)) out.push_back(scan_.hit_of_bytes(m.span));
  }
  return out;
}

Hits Evaluator::node(const EditedOverExpr& e) {
  return spanless_if(holds(e, scan_.folded(), context_));
}
Hits Evaluator::node(const SharesTodayOverExpr& e) {
  return spanless_if(holds(e, context_));
}
Hits Evaluator::node(const PromotionalShareOverExpr& e) {
  return spanless_if(holds(e, context_));
}
Hits Evaluator::node(const LanguageNotExpr& e) {
  return spanless_if(holds(e, context_));
}

}  // namespace pv::policy
