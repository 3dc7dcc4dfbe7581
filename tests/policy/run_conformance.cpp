// run_conformance SAMPLE.jsonl OUTPUT.jsonl: compares what `portevoix check
// --jsonl SAMPLE.jsonl` printed (OUTPUT.jsonl) with the expectations written
// in the sample, line by line: the verdict, the rules that fired (active and
// silent) and the disclaimers must be exactly the expected ones. Prints each
// mismatch; exit status 0 when every line matches, 1 otherwise, 2 for files
// that cannot be read. tests/run-all runs it on the shared sample.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/verdict_compare.h"

namespace {

using Json = nlohmann::json;

bool read_lines(const char* path, std::vector<Json>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "run_conformance: cannot read " << path << "\n";
    return false;
  }
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json json = Json::parse(line, nullptr, false);
    if (json.is_discarded()) {
      std::cerr << "run_conformance: " << path << ": a line is not JSON: " << line << "\n";
      return false;
    }
    out.push_back(std::move(json));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: run_conformance SAMPLE.jsonl OUTPUT.jsonl\n";
    return 2;
  }
  std::vector<Json> sample, output;
  if (!read_lines(argv[1], sample) || !read_lines(argv[2], output)) return 2;
  int failed = 0;
  std::size_t matched = 0;
  if (sample.size() != output.size()) {
    std::cout << "expected " << sample.size() << " verdicts, got " << output.size() << "\n";
    ++failed;
  }
  for (std::size_t i = 0; i < sample.size() && i < output.size(); ++i) {
    const Json& in = sample[i];
    const Json& out = output[i];
    const std::string id = in.value("id", Json(nullptr)).dump();
    std::vector<std::string> diffs;
    if (out.value("id", Json(nullptr)) != in.value("id", Json(nullptr))) {
      diffs.push_back("output line " + std::to_string(i + 1) + " has id " +
                      out.value("id", Json(nullptr)).dump());
    } else if (out.contains("error")) {
      diffs.push_back("error: " + out["error"].dump());
    } else {
      diffs = pv::testing::compare_verdict(out, in.value("expect", Json::object()));
    }
    if (diffs.empty()) {
      ++matched;
      continue;
    }
    ++failed;
    std::cout << "MISMATCH " << id << "\n  text: " << in.value("text", Json("")).dump() << "\n";
    for (const auto& d : diffs)
      std::cout << "  " << d << "\n";
  }
  std::cout << "conformance: " << matched << " of " << sample.size() << " lines as expected\n";
  return failed == 0 ? 0 : 1;
}
