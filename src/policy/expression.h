// A rule's match expression (CHARTER.md, "Match expressions"), as the loader
// leaves it for the matcher: a tree of plain values, already validated, with
// every "@list" reference replaced by the terms of that list.
//
// Walking it: an `Expr` holds one node in a std::variant; visit it with
// std::visit. Every node produces hits (word spans, or spanless hits for the
// context conditions). `not` has no node of its own: it may only be a member
// of `all`, so `AllExpr` keeps its negated members apart (`excluded`), and the
// loader guarantees that `required` is never empty.
//
// The tree owns everything it holds; it is copyable and immutable once loaded,
// so any number of threads may read one charter at the same time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "policy/detectors.h"
#include "policy/host_allow.h"
#include "policy/term.h"

namespace pv::policy {

struct Expr;

// `"term"` or `["term", ...]` (or "@list"): each occurrence of each term.
// Never empty. A term from a list keeps its own source text (`Term::source`).
struct TermsExpr {
  std::vector<Term> terms;
};

// `{"pattern": "regex"}`: a validated RE2 regular expression, matched against
// the folded text with `pattern_options()` (policy/pattern_syntax.h):
// leftmost start, then longest, each match not overlapping the previous one.
// The loader has checked that it compiles with those options, uses no
// back-reference or look-around, holds no character that folding changes, no
// two white-space characters in a row, and cannot match an empty string.
struct PatternExpr {
  std::string regex;
};

// `{"detector": NAME, "keywords": [...], "within_chars": N}`: each thing the
// detector finds; with keywords (non-empty), only the finds with a keyword at
// most `within_chars` folded characters away. Without keywords, every find.
struct DetectorExpr {
  static constexpr std::uint64_t kDefaultWithinChars = 300;
  Detector detector = Detector::kEmail;
  std::vector<Term> keywords;  // empty: no keyword condition
  std::uint64_t within_chars = kDefaultWithinChars;
};

// What `near` may pair: terms, a pattern or a detector.
using NearOperand = std::variant<TermsExpr, PatternExpr, DetectorExpr>;

// `{"near": [A, B], "within": N}`: each pair of an A hit and a B hit at a
// distance of at most `within` words, in either order; the hit spans both.
struct NearExpr {
  NearOperand a;
  NearOperand b;
  std::uint64_t within = 0;
};

// `{"any": [...]}`: the hits of every member that has any. Never empty; no
// member is a `not`.
struct AnyExpr {
  std::vector<Expr> members;
};

// `{"all": [...]}`: true when every member of `required` has a hit and no
// member of `excluded` (the `{"not": E}` members, unwrapped) has one; its hits
// are those of `required`. `required` is never empty; `excluded` may be.
struct AllExpr {
  std::vector<Expr> required;
  std::vector<Expr> excluded;
};

// `{"link_outside": [...]}` (HostPattern in policy/host_allow.h): each URL whose host no pattern
// allows (the platform's own tracked-link host is always allowed; the matcher knows it).
struct LinkOutsideExpr {
  std::vector<HostPattern> allowed;  // never empty
};

// `{"email_outside": [...]}`: each e-mail address whose domain no pattern
// allows, compared as hosts are.
struct EmailOutsideExpr {
  std::vector<HostPattern> allowed;  // never empty
};

// `{"edited_over": R}`: one spanless hit when the word edit distance to the
// context's approved_text, over its word count, is greater than `ratio`.
struct EditedOverExpr {
  double ratio = 0;  // 0 to 1
};

// `{"shares_today_over": N}`: one spanless hit when shares_today > count.
struct SharesTodayOverExpr {
  std::uint64_t count = 0;
};

// `{"promotional_share_over": R}`: one spanless hit when promotional_share > ratio.
struct PromotionalShareOverExpr {
  double ratio = 0;  // 0 to 1
};

// `{"language_not": [...]}`: one spanless hit when the post's language is not
// in the list. Kept as primary subtags in lower case ("fr-CA" -> "fr").
struct LanguageNotExpr {
  std::vector<std::string> languages;  // never empty
};

// One node of the tree. A context condition (edited_over, shares_today_over,
// promotional_share_over, language_not) has no hit when the context key it
// needs is missing.
struct Expr {
  using Node = std::variant<TermsExpr, AnyExpr, AllExpr, NearExpr, PatternExpr, DetectorExpr,
                            LinkOutsideExpr, EmailOutsideExpr, EditedOverExpr, SharesTodayOverExpr,
                            PromotionalShareOverExpr, LanguageNotExpr>;
  Node node;
};

}  // namespace pv::policy
