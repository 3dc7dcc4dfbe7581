// The compiled form of a charter's rules: each match expression with its terms
// replaced by a group of the TermMatcher and its patterns by their number in
// the PatternSet, so that a check only looks things up (engine.h). Built by
// compile_rule() (expr_compiler.h); read-only afterwards.
#pragma once

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "policy/charter.h"
#include "policy/expression.h"

namespace pv::policy {

struct CompiledExpr;

struct CTerms {
  std::uint32_t group = 0;  // TermMatcher group
};
struct CPattern {
  std::uint32_t pattern = 0;  // PatternSet number
};
struct CDetector {
  Detector detector = Detector::kEmail;
  std::optional<std::uint32_t> keywords;  // TermMatcher group; none: every find
  std::uint64_t within_chars = DetectorExpr::kDefaultWithinChars;
};
using COperand = std::variant<CTerms, CPattern, CDetector>;

struct CNear {
  COperand a;
  COperand b;
  std::uint64_t within = 0;
};
struct CAny {
  std::vector<CompiledExpr> members;
};
struct CAll {
  std::vector<CompiledExpr> required;
  std::vector<CompiledExpr> excluded;
};

struct CompiledExpr {
  using Node = std::variant<CTerms, CPattern, CDetector, CNear, CAny, CAll, LinkOutsideExpr,
                            EmailOutsideExpr, EditedOverExpr, SharesTodayOverExpr,
                            PromotionalShareOverExpr, LanguageNotExpr>;
  Node node;
};

struct CompiledException {
  std::uint32_t terms = 0;  // TermMatcher group
  std::optional<std::uint64_t> within;
  std::optional<Action> action;
};

struct CompiledRule {
  CompiledExpr match;
  std::vector<CompiledException> unless;
};

}  // namespace pv::policy
