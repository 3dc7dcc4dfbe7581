// to_json (engine.h): the verdict as CHARTER.md shows it.
#include "policy/engine.h"

namespace pv::policy {
namespace {

using Json = nlohmann::json;

template <class T>
Json or_null(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json findings_json(const std::vector<Finding>& findings) {
  Json out = Json::array();
  for (const Finding& f : findings) {
    out.push_back({{"rule", f.rule},
                   {"action", to_string(f.action)},
                   {"category", f.category},
                   {"start", or_null(f.start)},
                   {"end", or_null(f.end)},
                   {"match", or_null(f.match)},
                   {"message", f.message},
                   {"suggestion", or_null(f.suggestion)}});
  }
  return out;
}

}  // namespace

Json to_json(const Verdict& verdict) {
  return {{"verdict", to_string(verdict.verdict)},
          {"charter_version", verdict.charter_version},
          {"findings", findings_json(verdict.findings)},
          {"silent", findings_json(verdict.silent)},
          {"disclaimers", verdict.disclaimers}};
}

}  // namespace pv::policy
