#include "library/content_check.h"

namespace pv::library {
namespace {

void add_with_part(nlohmann::json& into, const nlohmann::json& hits, const std::string& part) {
  for (auto hit : hits) {
    hit["part"] = part;
    into.push_back(std::move(hit));
  }
}

}  // namespace

std::vector<ContentPart> checked_parts(const ContentFields& fields) {
  std::vector<ContentPart> parts;
  if (!fields.body.empty()) parts.push_back({"body", std::nullopt, fields.body});
  if (fields.url) parts.push_back({"url", std::nullopt, *fields.url});
  for (const auto& [network, variants] : fields.captions) {
    for (std::size_t i = 0; i < variants.size(); ++i) {
      parts.push_back(
          {"captions." + std::string(policy::to_string(network)) + "[" + std::to_string(i) + "]",
           network, variants[i]});
    }
  }
  return parts;
}

ContentVerdict check_content(const policy::CompiledCharter& charter,
                             std::int64_t charter_version_id, const ContentFields& fields) {
  ContentVerdict out;
  nlohmann::json findings = nlohmann::json::array();
  nlohmann::json silent = nlohmann::json::array();
  nlohmann::json parts = nlohmann::json::array();
  std::string charter_label = charter.charter().version;
  for (const auto& part : checked_parts(fields)) {
    policy::CheckContext context;
    context.network = part.network;
    context.language = fields.language;
    context.origin = policy::Origin::kLibrary;
    const auto verdict = charter.check(part.text, context);
    const auto json = policy::to_json(verdict);
    out.verdict = policy::most_severe(out.verdict, verdict.verdict);
    add_with_part(findings, json["findings"], part.name);
    add_with_part(silent, json["silent"], part.name);
    parts.push_back({{"part", part.name},
                     {"network", part.network ? nlohmann::json(policy::to_string(*part.network))
                                              : nlohmann::json(nullptr)},
                     {"verdict", json["verdict"]},
                     {"disclaimers", json["disclaimers"]}});
  }
  out.json = {{"verdict", policy::to_string(out.verdict)},
              {"charter_version", charter_label},
              {"charter_version_id", std::to_string(charter_version_id)},
              {"findings", std::move(findings)},
              {"silent", std::move(silent)},
              {"parts", std::move(parts)}};
  return out;
}

}  // namespace pv::library
