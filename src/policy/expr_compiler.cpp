#include "policy/expr_compiler.h"

#include <type_traits>

namespace pv::policy {
namespace {

class Compiler {
 public:
  Compiler(TermMatcher& terms, PatternSet& patterns) : terms_(terms), patterns_(patterns) {}

  Result<CompiledExpr> expr(const Expr& e) {
    return std::visit([this](const auto& node) { return this->node(node); }, e.node);
  }

  std::uint32_t group(std::span<const Term> terms) { return terms_.add_group(terms); }

 private:
  Result<CompiledExpr> node(const TermsExpr& e) { return CompiledExpr{CTerms{group(e.terms)}}; }
  Result<CompiledExpr> node(const PatternExpr& e) {
    auto p = patterns_.add(e.regex);
    if (!p) return p.error();
    return CompiledExpr{CPattern{*p}};
  }
  Result<CompiledExpr> node(const DetectorExpr& e) { return CompiledExpr{detector(e)}; }
  Result<CompiledExpr> node(const NearExpr& e) {
    auto a = operand(e.a);
    if (!a) return a.error();
    auto b = operand(e.b);
    if (!b) return b.error();
    return CompiledExpr{CNear{std::move(*a), std::move(*b), e.within}};
  }
  Result<CompiledExpr> node(const AnyExpr& e) {
    CAny any;
    for (const Expr& m : e.members) {
      auto c = expr(m);
      if (!c) return c.error();
      any.members.push_back(std::move(*c));
    }
    return CompiledExpr{std::move(any)};
  }
  Result<CompiledExpr> node(const AllExpr& e) {
    CAll all;
    for (const Expr& m : e.required) {
      auto c = expr(m);
      if (!c) return c.error();
      all.required.push_back(std::move(*c));
    }
    for (const Expr& m : e.excluded) {
      auto c = expr(m);
      if (!c) return c.error();
      all.excluded.push_back(std::move(*c));
    }
    return CompiledExpr{std::move(all)};
  }
  // The leaves the engine reads as written: links and context conditions.
  template <class Leaf>
  Result<CompiledExpr> node(const Leaf& e) {
    return CompiledExpr{e};
  }

  CDetector detector(const DetectorExpr& e) {
    CDetector d{e.detector, std::nullopt, e.within_chars};
    if (!e.keywords.empty()) d.keywords = group(e.keywords);
    return d;
  }

  Result<COperand> operand(const NearOperand& op) {
    if (const auto* t = std::get_if<TermsExpr>(&op)) return COperand{CTerms{group(t->terms)}};
    if (const auto* d = std::get_if<DetectorExpr>(&op)) return COperand{detector(*d)};
    auto p = patterns_.add(std::get<PatternExpr>(op).regex);
    if (!p) return p.error();
    return COperand{CPattern{*p}};
  }

  TermMatcher& terms_;
  PatternSet& patterns_;
};

}  // namespace

Result<CompiledRule> compile_rule(const Rule& rule, TermMatcher& terms, PatternSet& patterns) {
  Compiler compiler(terms, patterns);
  auto match = compiler.expr(rule.match);
  if (!match) return match.error();
  CompiledRule out{std::move(*match), {}};
  for (const Exception& e : rule.unless) {
    out.unless.push_back({compiler.group(e.terms), e.within, e.action});
  }
  return out;
}

}  // namespace pv::policy
