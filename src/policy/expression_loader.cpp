// The loader's match expressions: the tree (terms, any, all, not, near) and
// where each form may stand. The leaves that are objects (pattern, detector,
// links, context conditions) are read in condition_loader.cpp.
#include <algorithm>

#include "policy/charter_keys.h"
#include "policy/loader_context.h"

namespace pv::policy::loader {
namespace {

// Deeper trees are certainly mistakes, and the loader and matcher recurse.
constexpr int kMaxDepth = 32;

std::string operator_list() {
  std::string list;
  for (std::string_view op : keys::kExpressionOperators) {
    if (!list.empty()) list += ", ";
    list += op;
  }
  return list;
}

// The operator keys an expression object holds.
std::vector<std::string> operators_of(const Json& object) {
  std::vector<std::string> ops;
  for (std::string_view op : keys::kExpressionOperators) {
    if (object.contains(op)) ops.emplace_back(op);
  }
  return ops;
}

// Every key an expression object may hold, for suggestions on typos.
std::vector<std::string_view> all_expression_keys() {
  std::vector<std::string_view> all(keys::kExpressionOperators.begin(),
                                    keys::kExpressionOperators.end());
  all.insert(all.end(), {"within", "keywords", "within_chars"});
  return all;
}

class ExpressionReader {
 public:
  explicit ExpressionReader(Context& ctx) : ctx_(ctx) {}

  // An expression anywhere but inside `all` (where `not` is also allowed).
  std::optional<Expr> read(const Json& value, const std::string& path, int depth) {
    if (depth > kMaxDepth) {
      ctx_.error(path, "expressions nest deeper than " + std::to_string(kMaxDepth) + " levels");
      return std::nullopt;
    }
    if (value.is_string() || value.is_array()) {
      auto terms = read_terms(ctx_, value, path, true);
      if (terms.empty()) return std::nullopt;
      return Expr{TermsExpr{std::move(terms)}};
    }
    const auto op = read_operator(value, path);
    if (!op) return std::nullopt;
    if (*op == "any") return read_any(value, path, depth);
    if (*op == "all") return read_all(value, path, depth);
    if (*op == "not") {
      ctx_.error(path, "not is allowed only as a member of all");
      read(value["not"], key_path(path, "not"), depth + 1);  // for its own mistakes
      return std::nullopt;
    }
    if (*op == "near") return read_near(value, path);
    return read_condition(ctx_, *op, value, path);
  }

 private:
  // The one operator key of an expression object, its other keys checked.
  std::optional<std::string> read_operator(const Json& value, const std::string& path) {
    if (!value.is_object()) {
      ctx_.error(path, "expected an expression (a term, an array of terms or an object), found " +
                           type_name(value));
      return std::nullopt;
    }
    const auto ops = operators_of(value);
    if (ops.empty()) {
      const auto all = all_expression_keys();
      check_object(ctx_, value, path, all, {});
      ctx_.error(path, "an expression object needs one of " + operator_list());
      return std::nullopt;
    }
    if (ops.size() > 1) {
      ctx_.error(path, "an expression object holds exactly one of " + operator_list() + "; found " +
                           ops[0] + " and " + ops[1]);
      return std::nullopt;
    }
    const std::string& op = ops[0];
    const std::string_view single[] = {op};
    const Keys allowed = op == "near"       ? Keys(keys::kNear)
                         : op == "detector" ? Keys(keys::kDetector)
                                            : Keys(single);
    const Keys required = op == "near" ? Keys(keys::kNear) : Keys(single);
    check_object(ctx_, value, path, allowed, required);
    return op;
  }

  // The members of any/all: a non-empty array.
  const Json* members(const Json& value, const std::string& path, const char* op) {
    const Json& list = value[op];
    if (!list.is_array()) {
      ctx_.error(key_path(path, op), "expected an array of expressions, found " + type_name(list));
      return nullptr;
    }
    if (list.empty()) ctx_.error(key_path(path, op), "must not be empty");
    return &list;
  }

  std::optional<Expr> read_any(const Json& value, const std::string& path, int depth) {
    const Json* list = members(value, path, "any");
    if (!list) return std::nullopt;
    AnyExpr any;
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto member = read((*list)[i], index_path(key_path(path, "any"), i), depth + 1);
      if (member) any.members.push_back(std::move(*member));
    }
    return Expr{std::move(any)};
  }

  std::optional<Expr> read_all(const Json& value, const std::string& path, int depth) {
    const Json* list = members(value, path, "all");
    if (!list) return std::nullopt;
    AllExpr all;
    bool only_nots = !list->empty();
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      const std::string item_path = index_path(key_path(path, "all"), i);
      if (item.is_object() && operators_of(item) == std::vector<std::string>{"not"}) {
        check_object(ctx_, item, item_path, std::array<std::string_view, 1>{"not"}, {});
        auto inner = read(item["not"], key_path(item_path, "not"), depth + 2);
        if (inner) all.excluded.push_back(std::move(*inner));
        continue;
      }
      only_nots = false;
      auto member = read(item, item_path, depth + 1);
      if (member) all.required.push_back(std::move(*member));
    }
    if (only_nots) {
      ctx_.error(key_path(path, "all"),
                 "needs at least one member that is not a not (a not alone finds nothing)");
    }
    return Expr{std::move(all)};
  }

  std::optional<Expr> read_near(const Json& value, const std::string& path) {
    NearExpr near;
    bool ok = true;
    const std::string near_path = key_path(path, "near");
    const Json& pair = value["near"];
    if (!pair.is_array() || pair.size() != 2) {
      ctx_.error(near_path, "expected an array of two members, found " +
                                (pair.is_array() ? std::to_string(pair.size()) + " members"
                                                 : type_name(pair)));
      ok = false;
    } else {
      auto a = read_near_operand(pair[0], index_path(near_path, 0));
      auto b = read_near_operand(pair[1], index_path(near_path, 1));
      ok = a && b;
      if (ok) {
        near.a = std::move(*a);
        near.b = std::move(*b);
      }
    }
    if (const Json* within = member(value, "within")) {
      const auto n = read_count(ctx_, *within, key_path(path, "within"));
      ok = ok && n;
      if (n) near.within = *n;
    }
    if (!ok) return std::nullopt;
    return Expr{std::move(near)};
  }

  std::optional<NearOperand> read_near_operand(const Json& value, const std::string& path) {
    if (value.is_string() || value.is_array()) {
      auto terms = read_terms(ctx_, value, path, true);
      if (terms.empty()) return std::nullopt;
      return TermsExpr{std::move(terms)};
    }
    const auto ops = value.is_object() ? operators_of(value) : std::vector<std::string>{};
    if (ops.size() != 1 || (ops[0] != "pattern" && ops[0] != "detector")) {
      ctx_.error(path, "a near member is a term, an array of terms, a pattern or a detector");
      return std::nullopt;
    }
    auto expr = read(value, path, 0);
    if (!expr) return std::nullopt;
    if (auto* p = std::get_if<PatternExpr>(&expr->node)) return std::move(*p);
    return std::get<DetectorExpr>(std::move(expr->node));
  }

  Context& ctx_;
};

}  // namespace

std::optional<Expr> read_match(Context& ctx, const Json& value, const std::string& path) {
  return ExpressionReader(ctx).read(value, path, 0);
}

}  // namespace pv::policy::loader
