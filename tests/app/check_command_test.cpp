// `portevoix check` as a function (CHARTER.md, "The `check` command"): single
// texts, --jsonl lines and their errors, exit statuses.
#include "app/check_command.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "policy/charter_loader.h"
#include "support/temp_dir.h"

namespace pv::testing {
namespace {

using Json = nlohmann::json;

const Json kCharter = {{"id", "t"},
                       {"version", "1.2"},
                       {"rules",
                        {{{"id", "no.risk"},
                          {"category", "promises"},
                          {"action", "block"},
                          {"match", "risk-free"},
                          {"message", {{"en", "Never risk-free."}, {"fr", "Jamais sans risque."}}}},
                         {{"id", "links.out"},
                          {"category", "links"},
                          {"action", "review"},
                          {"match", {{"link_outside", {"firm.example"}}}},
                          {"message", {{"en", "Outside link."}}}},
                         {{"id", "qc.only"},
                          {"category", "scope"},
                          {"action", "warn"},
                          {"scope", {{"regions", {"QC"}}}},
                          {"match", "bonjour"},
                          {"message", {{"en", "QC."}}}}}},
                       {"disclaimers", {{{"id", "mine"}, {"text", {{"en", "Mine."}}}}}}};

class CheckCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    charter_ = dir_.file("charter.json");
    std::ofstream(charter_) << kCharter.dump();
  }
  struct Run {
    int status;
    std::string out, err;
  };
  Run run(app::CheckArgs args, const std::string& input = "") {
    if (args.charter_file.empty()) args.charter_file = charter_;
    std::istringstream in(input);
    std::ostringstream out, err;
    const int status = app::check_command(args, in, out, err);
    return {status, out.str(), err.str()};
  }
  std::vector<Json> lines(const std::string& out) {
    std::vector<Json> result;
    std::istringstream s(out);
    for (std::string line; std::getline(s, line);)
      result.push_back(Json::parse(line));
    return result;
  }
  TempDir dir_;
  std::string charter_;
};

TEST_F(CheckCommand, OneTextFromStandardInput) {
  const auto r = run({}, "It is RISK-FREE!\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto out = lines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]["verdict"], "block");
  EXPECT_EQ(out[0]["charter_version"], "1.2");
  EXPECT_EQ(out[0]["findings"][0]["match"], "RISK-FREE");
  EXPECT_EQ(out[0]["findings"][0]["start"], 6);
  EXPECT_EQ(out[0]["disclaimers"], Json::array({"mine"}));
}

TEST_F(CheckCommand, OneTextFromAFileWithAContext) {
  const std::string text = dir_.file("post.txt");
  std::ofstream(text) << "Bonjour, risk free.";
  app::CheckArgs args;
  args.text_file = text;
  args.context = R"({"region": "qc", "language": "fr-CA"})";
  const auto r = run(args);
  ASSERT_EQ(r.status, 0) << r.err;
  const Json v = lines(r.out).at(0);
  EXPECT_EQ(v["verdict"], "block");
  ASSERT_EQ(v["findings"].size(), 2u);
  EXPECT_EQ(v["findings"][0]["message"], "Jamais sans risque.");
  EXPECT_EQ(v["findings"][1]["rule"], "qc.only");
}

TEST_F(CheckCommand, PublicUrlNamesThePlatformsOwnHost) {
  const std::string post = "See https://go.portevoix.example/l/1";
  EXPECT_EQ(lines(run({}, post).out).at(0)["verdict"], "review");
  app::CheckArgs args;
  args.public_url = "https://Go.Portevoix.example:8443/";
  EXPECT_EQ(lines(run(args, post).out).at(0)["verdict"], "allow");
}

TEST_F(CheckCommand, JsonlGivesOneLinePerUsableOrUnusableLine) {
  const std::string input =
      R"({"id": "a", "text": "risk-free", "context": {"network": "x"}})"
      "\n\n   \n"
      R"({"id": 7, "text": "hello"})"
      "\n"
      R"(not json)"
      "\n"
      R"([1, 2])"
      "\n"
      R"({"id": "no-text", "context": {}})"
      "\n"
      R"({"id": "num-text", "text": 5})"
      "\n"
      R"({"id": "ctx-array", "text": "x", "context": []})"
      "\n"
      R"({"id": "bad-network", "text": "x", "context": {"network": "myspace"}})"
      "\n"
      R"({"id": "bad-count", "text": "x", "context": {"shares_today": -2}})"
      "\n"
      R"({"id": "bad-share", "text": "x", "context": {"promotional_share": 2}})"
      "\n"
      R"({"id": "bad-tags", "text": "x", "context": {"tags": "a"}})"
      "\n"
      R"({"id": "last", "text": "bonjour", "context": {"region": "QC", "unknown": 1}})"
      "\n";
  app::CheckArgs args;
  args.jsonl_file = "-";
  const auto r = run(args, input);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto out = lines(r.out);
  ASSERT_EQ(out.size(), 12u) << r.out;
  EXPECT_EQ(out[0]["id"], "a");
  EXPECT_EQ(out[0]["verdict"], "block");
  EXPECT_EQ(out[1]["id"], 7);
  EXPECT_EQ(out[1]["verdict"], "allow");
  EXPECT_TRUE(out[2]["id"].is_null());
  EXPECT_TRUE(out[2].contains("error"));
  EXPECT_TRUE(out[3].contains("error"));
  for (std::size_t i = 4; i <= 10; ++i) {
    EXPECT_TRUE(out[i]["error"].is_string()) << out[i];
    EXPECT_FALSE(out[i].contains("verdict")) << out[i];
    EXPECT_FALSE(out[i]["id"].is_null()) << out[i];
  }
  EXPECT_NE(out[7]["error"].get<std::string>().find("network"), std::string::npos);
  EXPECT_EQ(out[11]["id"], "last");
  EXPECT_EQ(out[11]["verdict"], "warn");
}

TEST_F(CheckCommand, JsonlFromAFile) {
  const std::string file = dir_.file("posts.jsonl");
  std::ofstream(file) << R"({"id": "1", "text": "risk-free"})"
                      << "\n"
                      << R"({"id": "2", "text": "https://elsewhere.example"})";
  app::CheckArgs args;
  args.jsonl_file = file;
  const auto r = run(args);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto out = lines(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1]["verdict"], "review");
}

TEST_F(CheckCommand, UnusableChartersAndArgumentsExitWith2) {
  const std::string bad = dir_.file("bad.json");
  Json broken = kCharter;
  broken["rules"][0]["action"] = "explode";
  broken["rules"][1]["match"] = {{"near", {"@nolist", "x"}}, {"within", 1}};
  std::ofstream(bad) << broken.dump();
  app::CheckArgs args;
  args.charter_file = bad;
  auto r = run(args, "text");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("rules[0].action"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("rules[1].match.near[0]"), std::string::npos) << r.err;

  args.charter_file = dir_.file("missing.json");
  EXPECT_EQ(run(args, "text").status, 2);

  const std::string not_json = dir_.file("notjson.json");
  std::ofstream(not_json) << "{";
  args.charter_file = not_json;
  EXPECT_EQ(run(args, "text").status, 2);

  app::CheckArgs context;
  context.context = "{not json";
  EXPECT_EQ(run(context, "text").status, 2);
  context.context = R"({"network": "myspace"})";
  r = run(context, "text");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("network"), std::string::npos);

  app::CheckArgs both;
  both.jsonl_file = "-";
  both.text_file = dir_.file("x");
  EXPECT_EQ(run(both).status, 2);

  app::CheckArgs url;
  url.public_url = "not a url";
  EXPECT_EQ(run(url, "x").status, 2);

  app::CheckArgs missing_jsonl;
  missing_jsonl.jsonl_file = dir_.file("none.jsonl");
  EXPECT_EQ(run(missing_jsonl).status, 2);

  EXPECT_EQ(run({}, "\xff\xfe").status, 2);  // not UTF-8
}

TEST(CheckJsonlLine, BlankLinesGiveNothing) {
  auto charter = policy::load_charter(kCharter).value();
  auto compiled = policy::CompiledCharter::compile(charter).value();
  EXPECT_FALSE(app::check_jsonl_line(*compiled, ""));
  EXPECT_FALSE(app::check_jsonl_line(*compiled, " \t\r"));
  const auto line = app::check_jsonl_line(*compiled, R"({"id": "x", "text": "risk-free"})");
  ASSERT_TRUE(line);
  EXPECT_EQ((*line)["id"], "x");
  EXPECT_EQ((*line)["verdict"], "block");
}

}  // namespace
}  // namespace pv::testing
