// check_bench: the policy check over a large lexicon (DESIGN.md, "charter
// terms"). A charter of 10,000 generated terms checks realistic English and
// French posts; beside it, on the same posts and in the same run:
//   - ICU's normalizeUTF8 with NFKC_Casefold over the raw posts (a bare
//     normalisation pass, the floor any folding check pays);
//   - a whole-word matcher built directly on Hyperscan (hyperscan_words.h)
//     over the pre-folded posts;
//   - `rg -F -i -w -f` over the same pre-folded posts (ripgrep_words.h); it
//     is so much slower that it runs over the first --rg-mb megabytes only.
// Also the time to load and compile the charter beside Hyperscan's compile.
// Speeds count the original posts' bytes for every pass, so that the ratios
// are ratios of posts per second; times are CPU times (measure.h).
//
//   check_bench [--mb MB] [--terms N] [--runs N] [--rg-mb MB] [--seed N]
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "corpus.h"
#include "hyperscan_words.h"
#include "icu_casefold.h"
#include "lexicon.h"
#include "measure.h"
#include "policy/charter_loader.h"
#include "policy/fold.h"
#include "ripgrep_words.h"

namespace {

// A directory for ripgrep's files, removed at the end.
class ScratchDirectory {
 public:
  ScratchDirectory()
      : path_(std::filesystem::temp_directory_path() /
              ("portevoix-check-bench-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct Row {
  std::string name;
  double seconds;
  std::size_t hits;
};

}  // namespace

int main(int argc, char** argv) {
  double mb = 100;
  std::size_t term_count = 10000;
  int runs = 3;
  double rg_mb = 1;
  std::uint64_t seed = 1;
  CLI::App app("The policy check over a 10,000-term lexicon, beside ICU, Hyperscan and ripgrep");
  app.add_option("--mb", mb, "megabytes of posts")->check(CLI::PositiveNumber);
  app.add_option("--terms", term_count, "terms in the lexicon")->check(CLI::PositiveNumber);
  app.add_option("--runs", runs, "runs per chunk (the fastest counts)")->check(CLI::PositiveNumber);
  app.add_option("--rg-mb", rg_mb, "megabytes of the posts ripgrep runs over")
      ->check(CLI::PositiveNumber);
  app.add_option("--seed", seed, "seed of the posts and the lexicon");
  app.allow_extras();  // bench/run passes every benchmark the same options
  CLI11_PARSE(app, argc, argv);

  const auto posts = pv::bench::make_corpus(static_cast<std::size_t>(mb * 1e6), seed);
  const double megabytes = static_cast<double>(pv::bench::total_bytes(posts)) / 1e6;
  const auto terms = pv::bench::make_lexicon(term_count, seed);
  const std::string charter_text = pv::bench::make_lexicon_charter(terms);
  std::size_t prefixes = 0;
  for (const auto& t : terms)
    prefixes += t.ends_with('*');
  std::printf("corpus: %zu posts, %.1f MB (English and French), seed %llu\n", posts.size(),
              megabytes, static_cast<unsigned long long>(seed));
  std::printf("lexicon: %zu terms (%zu prefix terms); charter %.0f kB\n", terms.size(), prefixes,
              static_cast<double>(charter_text.size()) / 1e3);

  // Compiling.
  const double load_seconds = pv::bench::best_seconds(3, [&] {
    if (!pv::policy::load_charter_text(charter_text).ok()) {
      std::fprintf(stderr, "check_bench: the generated charter does not load\n");
      std::exit(1);
    }
  });
  std::unique_ptr<pv::bench::HyperscanWords> hyperscan;
  const double hyperscan_compile = pv::bench::best_seconds(
      1, [&] { hyperscan = std::make_unique<pv::bench::HyperscanWords>(terms); });
  std::printf("\n%-52s %10s\n", "compile", "seconds");
  std::printf("%-52s %10.3f\n", "Porte-voix load_charter_text", load_seconds);
  std::printf("%-52s %10.3f\n", "Hyperscan hs_compile_multi (\\b...\\b, caseless)",
              hyperscan_compile);

  // The references' input: every post folded once, before any timing.
  std::vector<std::string> folded;
  folded.reserve(posts.size());
  for (const auto& p : posts)
    folded.push_back(pv::policy::fold(p).text());

  pv::bench::IcuCasefold icu;
  std::size_t checksum = 0;
  std::vector<std::size_t> hits(2, 0);
  const std::vector<double> seconds =
      pv::bench::time_passes(posts.size(),
                             {[&](std::size_t i) { return icu.normalize(posts[i]); },
                              [&](std::size_t i) {
                                const std::size_t n = hyperscan->count_matches(folded[i]);
                                hits[1] += n;
                                return n;
                              }},
                             runs, checksum);
  std::vector<Row> rows = {{"ICU normalizeUTF8 NFKC_Casefold (raw posts)", seconds[0], 0},
                           {"Hyperscan whole-word scan (folded posts)", seconds[1],
                            hits[1] / static_cast<std::size_t>(runs)}};

  // ripgrep over the first posts only.
  std::size_t rg_posts = 0;
  double rg_megabytes = 0;
  while (rg_posts < posts.size() && rg_megabytes < rg_mb) {
    rg_megabytes += static_cast<double>(posts[rg_posts++].size()) / 1e6;
  }
  const ScratchDirectory scratch;
  const pv::bench::RipgrepWords ripgrep(
      scratch.path(), terms,
      std::vector<std::string>(folded.begin(), folded.begin() + static_cast<long>(rg_posts)));
  const double before = pv::bench::children_cpu_seconds();
  const long rg_matches = ripgrep.run();
  const double rg_seconds = pv::bench::children_cpu_seconds() - before;
  if (rg_matches < 0) {
    std::fprintf(stderr, "check_bench: could not run: %s\n", ripgrep.command().c_str());
    return 1;
  }

  std::printf("\n%-52s %10s %10s %10s\n", "pass over every post", "posts/s", "MB/s", "matches");
  for (const auto& row : rows) {
    std::printf("%-52s %10.0f %10.2f %10zu\n", row.name.c_str(),
                static_cast<double>(posts.size()) / row.seconds, megabytes / row.seconds, row.hits);
  }
  char rg_name[64];
  std::snprintf(rg_name, sizeof rg_name, "rg -F -i -w -f (folded posts, first %.1f MB)",
                rg_megabytes);
  std::printf("%-52s %10.1f %10.3f %10ld\n", rg_name, static_cast<double>(rg_posts) / rg_seconds,
              rg_megabytes / rg_seconds, rg_matches);
  std::printf("(ripgrep: %s)\n", ripgrep.command().c_str());
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
