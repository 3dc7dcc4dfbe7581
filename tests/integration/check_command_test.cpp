// `portevoix check`, the real executable: a text on standard input, a --jsonl
// batch, and exit status 2 for what it cannot use.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/server_process.h"
#include "support/temp_dir.h"

namespace pv::testing {
namespace {

using Json = nlohmann::json;

class CheckBinary : public ::testing::Test {
 protected:
  void SetUp() override {
    charter_ = dir_.file("charter.json");
    std::ofstream(charter_)
        << Json{{"id", "bin"},
                {"version", "9"},
                {"rules",
                 {{{"id", "promise.guarantee"},
                   {"category", "promises"},
                   {"action", "block"},
                   {"match", {{"near", {"garanti*", "rendement*"}}, {"within", 2}}},
                   {"message", {{"en", "No promises."}, {"fr", "Aucune promesse."}}}}}}}
               .dump();
  }
  TempDir dir_;
  std::string charter_;
};

TEST_F(CheckBinary, ChecksATextFromStandardInput) {
  const auto r =
      run_portevoix({"check", "--charter", charter_, "--context", R"({"language":"fr"})"},
                    "Un rendement GARANTI.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json v = Json::parse(r.out);
  EXPECT_EQ(v["verdict"], "block");
  EXPECT_EQ(v["findings"][0]["match"], "rendement GARANTI");
  EXPECT_EQ(v["findings"][0]["message"], "Aucune promesse.");
}

TEST_F(CheckBinary, ChecksAJsonlBatchLineByLine) {
  const std::string batch = dir_.file("batch.jsonl");
  std::ofstream(batch) << R"({"id": "one", "text": "garantis, nos rendements"})"
                       << "\n\n"
                       << R"({"id": "two", "text": "bonjour"})"
                       << "\n"
                       << R"({"id": "three"})"
                       << "\n";
  const auto r = run_portevoix({"check", "--charter", charter_, "--jsonl", batch});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::vector<Json> out;
  for (std::string line; std::getline(lines, line);)
    out.push_back(Json::parse(line));
  ASSERT_EQ(out.size(), 3u) << r.out;
  EXPECT_EQ(out[0]["id"], "one");
  EXPECT_EQ(out[0]["verdict"], "block");
  EXPECT_EQ(out[1]["verdict"], "allow");
  EXPECT_EQ(out[2]["id"], "three");
  EXPECT_TRUE(out[2]["error"].is_string());
}

TEST_F(CheckBinary, ExitsWith2ForWhatItCannotUse) {
  auto r = run_portevoix({"check"}, "text");  // no --charter
  EXPECT_EQ(r.exit_code, 2);
  r = run_portevoix({"check", "--charter", dir_.file("none.json")}, "text");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("none.json"), std::string::npos) << r.err;
  const std::string bad = dir_.file("bad.json");
  std::ofstream(bad) << R"({"id": "x", "version": "1", "rules": [], "colour": 1})";
  r = run_portevoix({"check", "--charter", bad}, "text");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("colour"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
}  // namespace pv::testing
