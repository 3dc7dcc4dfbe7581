#include "policy/verdict_compare.h"

#include <algorithm>

namespace pv::testing {
namespace {

using Json = nlohmann::json;

std::vector<std::string> strings(const Json& array) {
  std::vector<std::string> out;
  if (!array.is_array()) return out;
  for (const Json& s : array) {
    if (s.is_string()) out.push_back(s.get<std::string>());
  }
  return out;
}

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + items[i];
  return out + "]";
}

void compare(const char* what, const std::vector<std::string>& expected,
             const std::vector<std::string>& got, std::vector<std::string>& out) {
  if (expected != got) {
    out.push_back(std::string(what) + ": expected " + list(expected) + ", got " + list(got));
  }
}

}  // namespace

std::vector<std::string> rule_ids(const Json& findings) {
  std::vector<std::string> ids;
  if (!findings.is_array()) return ids;
  for (const Json& f : findings) {
    if (f.is_object() && f.contains("rule") && f["rule"].is_string()) {
      ids.push_back(f["rule"].get<std::string>());
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> compare_verdict(const Json& verdict, const Json& expect) {
  std::vector<std::string> out;
  if (!verdict.is_object() || !verdict.contains("verdict")) {
    out.push_back("no verdict: " + verdict.dump());
    return out;
  }
  const std::string got = verdict["verdict"].is_string() ? verdict["verdict"].get<std::string>()
                                                         : verdict["verdict"].dump();
  const std::string wanted = expect.value("verdict", "");
  if (got != wanted) out.push_back("verdict: expected " + wanted + ", got " + got);
  auto expected_rules = strings(expect.value("rules", Json::array()));
  auto expected_silent = strings(expect.value("silent", Json::array()));
  std::sort(expected_rules.begin(), expected_rules.end());
  std::sort(expected_silent.begin(), expected_silent.end());
  compare("rules", expected_rules, rule_ids(verdict.value("findings", Json::array())), out);
  compare("silent", expected_silent, rule_ids(verdict.value("silent", Json::array())), out);
  compare("disclaimers", strings(expect.value("disclaimers", Json::array())),
          strings(verdict.value("disclaimers", Json::array())), out);
  return out;
}

}  // namespace pv::testing
