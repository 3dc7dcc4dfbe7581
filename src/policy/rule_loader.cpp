// The loader's rules: their keys, their exceptions (`unless`) and their ids.
#include "policy/charter_keys.h"
#include "policy/loader_context.h"

namespace pv::policy::loader {
namespace {

std::optional<Exception> read_exception(Context& ctx, const Json& value, const std::string& path) {
  if (!check_object(ctx, value, path, keys::kException, keys::kExceptionRequired)) {
    return std::nullopt;
  }
  Exception exception;
  bool ok = true;
  if (const Json* terms = member(value, "terms")) {
    const std::size_t before = ctx.errors().size();
    exception.terms = read_terms(ctx, *terms, key_path(path, "terms"), false);
    ok = ctx.errors().size() == before;
  }
  if (const Json* within = member(value, "within")) {
    exception.within = read_count(ctx, *within, key_path(path, "within"));
    ok = ok && exception.within;
  }
  if (const Json* action = member(value, "action")) {
    exception.action = read_action(ctx, *action, key_path(path, "action"));
    ok = ok && exception.action;
  }
  if (!ok) return std::nullopt;
  return exception;
}

std::optional<RuleStatus> read_status(Context& ctx, const Json& value, const std::string& path) {
  const auto name = read_string(ctx, value, path);
  if (!name) return std::nullopt;
  if (*name == "active") return RuleStatus::kActive;
  if (*name == "silent") return RuleStatus::kSilent;
  ctx.error(path, "unknown status \"" + *name + "\" (active or silent)");
  return std::nullopt;
}

template <class T>
void assign(std::optional<T> value, T& out) {
  if (value) out = std::move(*value);
}

}  // namespace

std::vector<Exception> read_unless(Context& ctx, const Json& value, const std::string& path) {
  std::vector<Exception> unless;
  if (value.is_object()) {
    if (auto exception = read_exception(ctx, value, path)) unless.push_back(std::move(*exception));
    return unless;
  }
  if (!value.is_array()) {
    ctx.error(path, "expected an exception or an array of exceptions, found " + type_name(value));
    return unless;
  }
  if (value.empty()) ctx.error(path, "must not be empty");
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto exception = read_exception(ctx, value[i], index_path(path, i));
    if (exception) unless.push_back(std::move(*exception));
  }
  return unless;
}

std::optional<Rule> read_rule(Context& ctx, const Json& value, const std::string& path) {
  if (!check_object(ctx, value, path, keys::kRule, keys::kRuleRequired)) return std::nullopt;
  Rule rule;
  const auto field = [&](std::string_view key) { return member(value, key); };
  const auto sub = [&](std::string_view key) { return key_path(path, key); };
  if (const Json* v = field("id")) assign(read_id(ctx, *v, sub("id")), rule.id);
  if (const Json* v = field("category"))
    assign(read_string(ctx, *v, sub("category")), rule.category);
  if (const Json* v = field("action")) assign(read_action(ctx, *v, sub("action")), rule.action);
  if (const Json* v = field("match")) assign(read_match(ctx, *v, sub("match")), rule.match);
  if (const Json* v = field("message")) {
    assign(read_localized(ctx, *v, sub("message")), rule.message);
  }
  if (const Json* v = field("suggestion"))
    rule.suggestion = read_localized(ctx, *v, sub("suggestion"));
  if (const Json* v = field("unless")) rule.unless = read_unless(ctx, *v, sub("unless"));
  if (const Json* v = field("scope")) {
    if (check_object(ctx, *v, sub("scope"), keys::kScope, {})) {
      rule.scope = read_scope(ctx, *v, sub("scope"));
    }
  }
  if (const Json* v = field("refs")) assign(read_strings(ctx, *v, sub("refs")), rule.refs);
  if (const Json* v = field("status")) assign(read_status(ctx, *v, sub("status")), rule.status);
  return rule;
}

}  // namespace pv::policy::loader
