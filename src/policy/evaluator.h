// Evaluates compiled match expressions over one post (CHARTER.md, "Match
// expressions"): each expression gives its hits, sorted and without
// duplicates; an expression is true when it has at least one.
//
// One per check, used by one thread (it fills the TextScan's caches).
#pragma once

#include <string_view>

#include "policy/compiled_expr.h"
#include "policy/engine.h"
#include "policy/hit.h"
#include "policy/text_scan.h"

namespace pv::policy {

class Evaluator {
 public:
  Evaluator(TextScan& scan, const CheckContext& context, std::string_view platform_host)
      : scan_(scan), context_(context), platform_host_(platform_host) {}

  Hits hits(const CompiledExpr& expr);

 private:
  Hits node(const CTerms& e) { return scan_.terms(e.group); }
  Hits node(const CPattern& e) { return scan_.pattern(e.pattern); }
  Hits node(const CDetector& e);
  Hits node(const CNear& e);
  Hits node(const CAny& e);
  Hits node(const CAll& e);
  Hits node(const LinkOutsideExpr& e);
  Hits node(const EmailOutsideExpr& e);
  Hits node(const EditedOverExpr& e);
  Hits node(const SharesTodayOverExpr& e);
  Hits node(const PromotionalShareOverExpr& e);
  Hits node(const LanguageNotExpr& e);
  Hits operand(const COperand& op);

  TextScan& scan_;
  const CheckContext& context_;
  std::string_view platform_host_;
};

}  // namespace pv::policy
