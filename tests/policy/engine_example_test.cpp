// Replays every labelled case of tests/policy/example_cases.jsonl through the
// engine with schema/charter/example.json, and compares the verdict, the
// rules that fired (active and silent) and the disclaimers exactly.
#include <sstream>

#include <gtest/gtest.h>

#include "policy/charter_loader.h"
#include "policy/engine.h"
#include "policy/verdict_compare.h"
#include "source_files.h"

namespace pv::testing {
namespace {

using Json = nlohmann::json;
using policy::testing::read_source_file;

std::shared_ptr<const policy::CompiledCharter> example_charter() {
  auto charter = policy::load_charter_text(read_source_file("schema/charter/example.json"));
  EXPECT_TRUE(charter.ok());
  return policy::CompiledCharter::compile(std::move(*charter)).value();
}

TEST(EngineExampleCases, EveryCaseGivesItsExpectedVerdict) {
  const auto compiled = example_charter();
  std::istringstream lines(read_source_file("tests/policy/example_cases.jsonl"));
  int cases = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    const Json c = Json::parse(line);
    ++cases;
    const auto context = policy::parse_context(c["context"]);
    ASSERT_TRUE(context.ok()) << c["id"];
    const Json verdict = policy::to_json(compiled->check(c["text"].get<std::string>(), *context));
    for (const auto& diff : compare_verdict(verdict, c["expect"])) {
      ADD_FAILURE() << c["id"].get<std::string>() << ": " << diff << "\n  text: " << c["text"]
                    << "\n  verdict: " << verdict.dump();
    }
  }
  EXPECT_EQ(cases, 100);
}

}  // namespace
}  // namespace pv::testing
