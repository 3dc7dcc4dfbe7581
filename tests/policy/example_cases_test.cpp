// tests/policy/example_cases.jsonl: the labelled posts for the example
// charter, which the matcher's tests replay. Checked here against the charter
// itself so that the file stays usable: well-formed lines, expectations that
// name real rules and disclaimers in the right form, and every rule covered.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "policy/charter_loader.h"
#include "source_files.h"

namespace pv::policy {
namespace {

using Json = nlohmann::json;

struct Fixture {
  Charter charter;
  std::vector<Json> cases;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture out;
    auto loaded = load_charter_text(testing::read_source_file("schema/charter/example.json"));
    if (loaded.ok()) out.charter = *loaded;
    std::istringstream lines(testing::read_source_file("tests/policy/example_cases.jsonl"));
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) out.cases.push_back(Json::parse(line));
    }
    return out;
  }();
  return f;
}

std::vector<std::string> strings(const Json& array) {
  std::vector<std::string> out;
  for (const auto& s : array)
    out.push_back(s.get<std::string>());
  return out;
}

TEST(ExampleCases, AreManyAndUniquelyNamed) {
  const auto& cases = fixture().cases;
  EXPECT_GE(cases.size(), 60u);
  std::set<std::string> ids;
  for (const auto& c : cases) {
    ASSERT_TRUE(c.at("id").is_string());
    EXPECT_TRUE(ids.insert(c["id"].get<std::string>()).second) << c["id"];
    EXPECT_TRUE(c.at("text").is_string() && !c["text"].get<std::string>().empty()) << c["id"];
  }
}

TEST(ExampleCases, ContextsUseTheCheckCommandsKeysAndTypes) {
  const std::set<std::string> strings_keys = {"network", "language", "region",
                                              "role",    "origin",   "approved_text"};
  for (const auto& c : fixture().cases) {
    SCOPED_TRACE(c["id"].get<std::string>());
    ASSERT_TRUE(c.at("context").is_object());
    for (const auto& [key, value] : c["context"].items()) {
      if (strings_keys.contains(key)) {
        EXPECT_TRUE(value.is_string()) << key;
      } else if (key == "tags") {
        EXPECT_TRUE(value.is_array()) << key;
      } else if (key == "shares_today") {
        EXPECT_TRUE(value.is_number_unsigned()) << key;
      } else if (key == "promotional_share") {
        EXPECT_TRUE(value.is_number() && value >= 0 && value <= 1) << key;
      } else {
        ADD_FAILURE() << "unknown context key " << key;
      }
    }
    if (c["context"].contains("network")) {
      EXPECT_TRUE(parse_network(c["context"]["network"].get<std::string>()));
    }
    if (c["context"].contains("origin")) {
      EXPECT_TRUE(parse_origin(c["context"]["origin"].get<std::string>()));
    }
  }
}

TEST(ExampleCases, ExpectationsNameRulesAndDisclaimersOfTheCharter) {
  const Charter& charter = fixture().charter;
  ASSERT_FALSE(charter.rules.empty());
  std::map<std::string, RuleStatus> status;
  for (const auto& r : charter.rules)
    status[r.id] = r.status;
  std::vector<std::string> disclaimer_order;
  std::vector<std::string> always;  // disclaimers without `when`
  for (const auto& d : charter.disclaimers) {
    disclaimer_order.push_back(d.id);
    if (d.when.empty()) always.push_back(d.id);
  }
  for (const auto& c : fixture().cases) {
    SCOPED_TRACE(c["id"].get<std::string>());
    const Json& expect = c.at("expect");
    const auto verdict = parse_action(expect.at("verdict").get<std::string>());
    ASSERT_TRUE(verdict.has_value());
    const auto rules = strings(expect.at("rules"));
    const auto silent = strings(expect.at("silent"));
    EXPECT_EQ(*verdict == Action::kAllow, rules.empty());  // active rules set the verdict
    EXPECT_TRUE(std::is_sorted(rules.begin(), rules.end()));
    EXPECT_TRUE(std::is_sorted(silent.begin(), silent.end()));
    for (const auto& id : rules)
      EXPECT_EQ(status.at(id), RuleStatus::kActive) << id;
    for (const auto& id : silent)
      EXPECT_EQ(status.at(id), RuleStatus::kSilent) << id;
    const auto disclaimers = strings(expect.at("disclaimers"));
    std::size_t last = 0;
    for (const auto& id : disclaimers) {
      const auto it = std::find(disclaimer_order.begin(), disclaimer_order.end(), id);
      ASSERT_NE(it, disclaimer_order.end()) << id;
      const auto index = static_cast<std::size_t>(it - disclaimer_order.begin());
      EXPECT_GE(index, last) << "charter order";
      last = index;
    }
    for (const auto& id : always) {
      EXPECT_NE(std::find(disclaimers.begin(), disclaimers.end(), id), disclaimers.end()) << id;
    }
  }
}

TEST(ExampleCases, EveryRuleFiresSomewhere) {
  std::set<std::string> fired;
  for (const auto& c : fixture().cases) {
    for (const auto& id : strings(c["expect"]["rules"]))
      fired.insert(id);
    for (const auto& id : strings(c["expect"]["silent"]))
      fired.insert(id);
  }
  for (const auto& r : fixture().charter.rules)
    EXPECT_TRUE(fired.contains(r.id)) << r.id;
}

}  // namespace
}  // namespace pv::policy
