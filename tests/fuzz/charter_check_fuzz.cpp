// Fuzz target: the policy check (CHARTER.md, "Hits" to "Verdict"). The
// example charter (schema/charter/example.json) is compiled once; every input,
// made valid UTF-8, is checked in a few contexts, and each verdict must keep
// the format's promises: the verdict is the most severe finding's action,
// every span lies within the text and its match is the text of that span,
// findings come in charter order without repeats, silent rules stay apart,
// disclaimers exist and come in charter order, and the same check gives the
// same verdict twice.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_utf8.h"
#include "policy/charter_loader.h"
#include "policy/engine.h"

namespace {

using pv::fuzz::require;
using namespace pv::policy;

std::shared_ptr<const CompiledCharter> example_charter() {
  std::ifstream in(PV_EXAMPLE_CHARTER, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto charter = load_charter_text(text.str());
  require(charter.ok(), "the example charter loads");
  auto compiled = CompiledCharter::compile(std::move(charter).value(),
                                           CompileOptions{.platform_host = "go.heritage.example"});
  require(compiled.ok(), "the example charter compiles");
  return std::move(compiled).value();
}

// Contexts that open every scope, every condition, and none.
std::vector<CheckContext> contexts(const std::string& text) {
  CheckContext none;
  CheckContext advisor;
  advisor.network = Network::kLinkedIn;
  advisor.language = "fr-CA";
  advisor.region = "QC";
  advisor.role = "advisor";
  advisor.tags = std::vector<std::string>{"registered", "insurance"};
  advisor.origin = Origin::kEdited;
  advisor.approved_text =
      "Planifiez votre retraite avec nous. Les rendements ne sont pas garantis.";
  advisor.shares_today = 12;
  advisor.promotional_share = 0.9;
  CheckContext other;
  other.network = Network::kX;
  other.language = "en";
  other.role = "banker";
  other.origin = Origin::kOriginal;
  other.approved_text = text;
  other.shares_today = 0;
  other.promotional_share = 0;
  return {none, advisor, other};
}

void check_findings(const std::vector<Finding>& findings, const std::string& text,
                    const std::vector<std::size_t>& starts, const CheckContext& context,
                    const std::map<std::string, std::size_t>& rule_index, const Charter& charter,
                    RuleStatus status) {
  using Key = std::tuple<std::size_t, bool, std::uint32_t, std::uint32_t>;
  std::optional<Key> previous;
  std::set<std::tuple<std::string, std::uint32_t, std::uint32_t, Action, bool>> seen;
  const auto code_points = static_cast<std::uint32_t>(starts.size() - 1);
  for (const Finding& f : findings) {
    const auto rule = rule_index.find(f.rule);
    require(rule != rule_index.end(), "a finding names a rule of the charter");
    const Rule& r = charter.rules[rule->second];
    require(r.status == status, "active and silent findings are reported apart");
    require(f.action != Action::kAllow, "a finding's action is never allow");
    require(f.category == r.category, "a finding has its rule's category");
    require(f.message == r.message.in(context.language.value_or("")),
            "a finding's message is its rule's, in the post's language");
    require(f.start.has_value() == f.end.has_value() && f.start.has_value() == f.match.has_value(),
            "start, end and match are all given or all null");
    if (f.start) {
      require(*f.start < *f.end, "a span is not empty");
      require(*f.end <= code_points, "a span lies within the text");
      const std::size_t begin = starts[*f.start];
      const std::size_t end = starts[*f.end];
      require(*f.match == std::string_view(text).substr(begin, end - begin),
              "a finding's match is the text of its span");
    }
    const Key key{rule->second, f.start.has_value(), f.start.value_or(0), f.end.value_or(0)};
    if (previous) {
      const auto& [p_rule, p_spanned, p_start, p_end] = *previous;
      const auto& [k_rule, k_spanned, k_start, k_end] = key;
      require(p_rule <= k_rule, "findings come in charter order of their rules");
      if (p_rule == k_rule) {
        require(!(p_spanned && !k_spanned), "within a rule, spanless findings come first");
        require(!(p_spanned && k_spanned) || std::tie(p_start, p_end) <= std::tie(k_start, k_end),
                "within a rule, findings come by start and end");
      }
    }
    previous = key;
    require(
        seen.insert({f.rule, f.start.value_or(0), f.end.value_or(0), f.action, f.start.has_value()})
            .second,
        "hits of one rule with the same span and action are one finding");
  }
}

void check_verdict(const Verdict& v, const std::string& text, const CheckContext& context,
                   const Charter& charter, const std::map<std::string, std::size_t>& rule_index) {
  const auto starts = pv::fuzz::code_point_starts(text);
  require(v.charter_version == charter.version, "the verdict names the charter's version");
  Action most = Action::kAllow;
  for (const Finding& f : v.findings)
    most = std::max(most, f.action);
  require(v.verdict == most, "the verdict is the most severe action among the findings");
  check_findings(v.findings, text, starts, context, rule_index, charter, RuleStatus::kActive);
  check_findings(v.silent, text, starts, context, rule_index, charter, RuleStatus::kSilent);
  std::size_t next = 0;
  for (const std::string& id : v.disclaimers) {
    while (next < charter.disclaimers.size() && charter.disclaimers[next].id != id)
      ++next;
    require(next < charter.disclaimers.size(), "disclaimers exist and come in charter order");
    ++next;
  }
  // The JSON form must serialise: every match is valid UTF-8.
  require(!to_json(v).dump().empty(), "the verdict serialises");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::shared_ptr<const CompiledCharter> compiled = example_charter();
  static const std::map<std::string, std::size_t> rule_index = [] {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < compiled->charter().rules.size(); ++i)
      index[compiled->charter().rules[i].id] = i;
    return index;
  }();
  const std::string text =
      pv::fuzz::valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const CheckContext& context : contexts(text)) {
    const Verdict verdict = compiled->check(text, context);
    check_verdict(verdict, text, context, compiled->charter(), rule_index);
    require(to_json(compiled->check(text, context)) == to_json(verdict),
            "the same check gives the same verdict");
  }
  return 0;
}
