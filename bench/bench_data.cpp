// bench_data: writes the benchmarks' generated input to a directory, for
// runs outside check_bench (`portevoix check --jsonl`, hyperfine):
//   lexicon.txt    the terms, one per line, as the charter writes them
//   charter.json   the charter made of them
//   posts.jsonl    one {"id", "text"} line per post
//
//   bench_data --out DIR [--mb MB] [--terms N] [--seed N]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "corpus.h"
#include "lexicon.h"

int main(int argc, char** argv) {
  std::string out;
  double mb = 100;
  std::size_t term_count = 10000;
  std::uint64_t seed = 1;
  CLI::App app("Writes the benchmarks' lexicon, charter and posts");
  app.add_option("--out", out, "directory to write into (created)")->required();
  app.add_option("--mb", mb, "megabytes of posts")->check(CLI::PositiveNumber);
  app.add_option("--terms", term_count, "terms in the lexicon")->check(CLI::PositiveNumber);
  app.add_option("--seed", seed, "seed of the posts and the lexicon");
  CLI11_PARSE(app, argc, argv);

  const std::filesystem::path dir(out);
  std::filesystem::create_directories(dir);
  const auto terms = pv::bench::make_lexicon(term_count, seed);
  std::ofstream lexicon(dir / "lexicon.txt", std::ios::binary);
  for (const auto& t : terms)
    lexicon << t << '\n';
  std::ofstream(dir / "charter.json", std::ios::binary) << pv::bench::make_lexicon_charter(terms);
  std::ofstream posts(dir / "posts.jsonl", std::ios::binary);
  const auto corpus = pv::bench::make_corpus(static_cast<std::size_t>(mb * 1e6), seed);
  for (std::size_t i = 0; i < corpus.size(); ++i)
    posts << nlohmann::json{{"id", i}, {"text", corpus[i]}}.dump() << '\n';
  if (!lexicon.flush() || !posts.flush()) {
    std::fprintf(stderr, "bench_data: cannot write into %s\n", out.c_str());
    return 1;
  }
  std::printf("bench_data: %zu terms, %zu posts in %s\n", terms.size(), corpus.size(), out.c_str());
  return 0;
}
