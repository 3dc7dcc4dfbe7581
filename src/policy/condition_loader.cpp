// The loader's leaf expressions: patterns, detectors, links and e-mail
// domains, and the context conditions.
#include "policy/loader_context.h"
#include "policy/pattern_syntax.h"

namespace pv::policy::loader {
namespace {

std::optional<Expr> read_pattern(Context& ctx, const Json& value, const std::string& path) {
  auto regex = read_string(ctx, value, path);
  if (!regex) return std::nullopt;
  const auto problems = pattern_problems(*regex);
  for (const auto& problem : problems)
    ctx.error(path, problem);
  if (!problems.empty()) return std::nullopt;
  return Expr{PatternExpr{std::move(*regex)}};
}

std::optional<Expr> read_detector(Context& ctx, const Json& object, const std::string& path) {
  DetectorExpr detector;
  bool ok = true;
  const std::string name_path = key_path(path, "detector");
  if (auto name = read_string(ctx, object["detector"], name_path)) {
    const auto parsed = parse_detector(*name);
    if (parsed) {
      detector.detector = *parsed;
    } else {
      ctx.error(name_path, "unknown detector \"" + *name +
                               "\" (email, phone, ca_sin, us_ssn, payment_card or url)");
      ok = false;
    }
  } else {
    ok = false;
  }
  const Json* keywords = member(object, "keywords");
  if (keywords) {
    detector.keywords = read_terms(ctx, *keywords, key_path(path, "keywords"), false);
    ok = ok && !detector.keywords.empty();
  }
  if (const Json* within = member(object, "within_chars")) {
    const std::string within_path = key_path(path, "within_chars");
    const auto n = read_count(ctx, *within, within_path);
    if (n) detector.within_chars = *n;
    if (!keywords) ctx.error(within_path, "within_chars counts the distance to keywords: add them");
    ok = ok && n && keywords;
  }
  if (!ok) return std::nullopt;
  return Expr{std::move(detector)};
}

std::optional<std::vector<HostPattern>> read_hosts(Context& ctx, const Json& value,
                                                   const std::string& path) {
  if (!read_strings(ctx, value, path)) return std::nullopt;
  std::vector<HostPattern> hosts;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (auto host = read_host_pattern(ctx, value[i], index_path(path, i))) {
      hosts.push_back(std::move(*host));
    }
  }
  if (hosts.size() != value.size()) return std::nullopt;
  return hosts;
}

}  // namespace

std::optional<Expr> read_condition(Context& ctx, const std::string& op, const Json& value,
                                   const std::string& path) {
  const Json& operand = value[op];
  const std::string operand_path = key_path(path, op);
  if (op == "pattern") return read_pattern(ctx, operand, operand_path);
  if (op == "detector") return read_detector(ctx, value, path);
  if (op == "link_outside" || op == "email_outside") {
    auto hosts = read_hosts(ctx, operand, operand_path);
    if (!hosts) return std::nullopt;
    if (op == "link_outside") return Expr{LinkOutsideExpr{std::move(*hosts)}};
    return Expr{EmailOutsideExpr{std::move(*hosts)}};
  }
  if (op == "edited_over" || op == "promotional_share_over") {
    const auto ratio = read_ratio(ctx, operand, operand_path);
    if (!ratio) return std::nullopt;
    if (op == "edited_over") return Expr{EditedOverExpr{*ratio}};
    return Expr{PromotionalShareOverExpr{*ratio}};
  }
  if (op == "shares_today_over") {
    const auto count = read_count(ctx, operand, operand_path);
    if (!count) return std::nullopt;
    return Expr{SharesTodayOverExpr{*count}};
  }
  // language_not, the last operator.
  auto languages = read_languages(ctx, operand, operand_path);
  if (!languages || languages->size() != operand.size()) return std::nullopt;
  return Expr{LanguageNotExpr{std::move(*languages)}};
}

}  // namespace pv::policy::loader
