// check_bench: the policy check over a large lexicon (DESIGN.md, "charter
// terms"). A charter of 10,000 generated terms (lexicon.h) checks realistic
// English and French posts (corpus.h); beside it, on the same posts and in
// the same run:
//   - ICU's normalizeUTF8 with NFKC_Casefold over the raw posts (a bare
//     normalisation pass, the floor any folding check pays);
//   - a whole-word matcher built directly on Hyperscan (hyperscan_words.h)
//     over the pre-folded posts;
//   - `rg -F -i -w -f` over the same pre-folded posts (ripgrep_words.h); it
//     is so much slower that it runs over the first --rg-mb megabytes only,
//     and its start (building its matcher) is measured apart.
// Also folding alone, and the time to load and compile the charter beside
// Hyperscan's compile. Speeds count the original posts' bytes for every pass,
// so that the ratios are ratios of posts per second; times are CPU times
// (measure.h). The last lines give each ratio against its goal (README.md).
//
//   check_bench [--mb MB] [--terms N] [--runs N] [--rg-mb MB] [--rg-runs N] [--seed N]
//   check_bench --check-only ...   only the check, for profiling
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
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
#include "policy/engine.h"
#include "policy/fold.h"
#include "ripgrep_words.h"

namespace {

struct Options {
  double mb = 100;
  std::size_t terms = 10000;
  int runs = 3;
  double rg_mb = 1;
  int rg_runs = 3;
  std::uint64_t seed = 1;
  bool check_only = false;
};

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
  std::size_t posts;
  double megabytes;  // of the original posts
  double seconds;    // CPU
  std::size_t matches;
  double speed() const { return megabytes / seconds; }
};

void print_row(const Row& row) {
  std::printf("%-54s %10.1f %10.3f %10zu\n", row.name.c_str(),
              static_cast<double>(row.posts) / row.seconds, row.speed(), row.matches);
}

void print_seconds(const char* what, double seconds) {
  std::printf("%-54s %10.3f\n", what, seconds);
}

// ripgrep over the first posts: the fastest of `runs` runs, less the fastest
// run over an empty file (its start), which `start` receives.
Row ripgrep_row(const Options& options, const std::vector<std::string>& terms,
                const std::vector<std::string>& posts, const std::vector<std::string>& folded,
                double& start) {
  std::size_t count = 0;
  double megabytes = 0;
  while (count < posts.size() && megabytes < options.rg_mb)
    megabytes += static_cast<double>(posts[count++].size()) / 1e6;
  const ScratchDirectory scratch;
  const pv::bench::RipgrepWords ripgrep(
      scratch.path(), terms,
      std::vector<std::string>(folded.begin(), folded.begin() + static_cast<long>(count)));
  long matches = 0;
  const auto best = [&](bool empty) {
    double seconds = 1e300;
    for (int r = 0; r < options.rg_runs; ++r) {
      const double before = pv::bench::children_cpu_seconds();
      const long n = ripgrep.run(empty);
      seconds = std::min(seconds, pv::bench::children_cpu_seconds() - before);
      if (n < 0) {
        std::fprintf(stderr, "check_bench: could not run: %s\n", ripgrep.command().c_str());
        std::exit(1);
      }
      if (!empty) matches = n;
    }
    return seconds;
  };
  start = best(true);
  const double total = best(false);
  char name[64];
  std::snprintf(name, sizeof name, "rg -F -i -w -f (folded posts, first %.1f MB)", megabytes);
  return Row{name, count, megabytes, std::max(total - start, 1e-9),
             static_cast<std::size_t>(matches)};
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app("The policy check over a 10,000-term lexicon, beside ICU, Hyperscan and ripgrep");
  app.add_option("--mb", options.mb, "megabytes of posts")->check(CLI::PositiveNumber);
  app.add_option("--terms", options.terms, "terms in the lexicon")->check(CLI::PositiveNumber);
  app.add_option("--runs", options.runs, "runs per chunk (the fastest counts)")
      ->check(CLI::PositiveNumber);
  app.add_option("--rg-mb", options.rg_mb, "megabytes of the posts ripgrep runs over")
      ->check(CLI::PositiveNumber);
  app.add_option("--rg-runs", options.rg_runs, "runs of ripgrep (the fastest counts)")
      ->check(CLI::PositiveNumber);
  app.add_option("--seed", options.seed, "seed of the posts and the lexicon");
  app.add_flag("--check-only", options.check_only, "time only the check (for profiling)");
  app.allow_extras();  // bench/run passes every benchmark the same options
  CLI11_PARSE(app, argc, argv);

  const auto posts =
      pv::bench::make_corpus(static_cast<std::size_t>(options.mb * 1e6), options.seed);
  const double megabytes = static_cast<double>(pv::bench::total_bytes(posts)) / 1e6;
  const auto terms = pv::bench::make_lexicon(options.terms, options.seed);
  const std::string charter_text = pv::bench::make_lexicon_charter(terms);
  const auto prefixes = std::count_if(terms.begin(), terms.end(),
                                      [](const std::string& t) { return t.ends_with('*'); });
  std::printf("corpus: %zu posts, %.1f MB (English and French), seed %llu\n", posts.size(),
              megabytes, static_cast<unsigned long long>(options.seed));
  std::printf("lexicon: %zu terms (%zd prefix terms); charter %.0f kB\n", terms.size(), prefixes,
              static_cast<double>(charter_text.size()) / 1e3);

  // Loading and compiling.
  const double load_seconds = pv::bench::best_seconds(3, [&] {
    if (!pv::policy::load_charter_text(charter_text).ok()) {
      std::fprintf(stderr, "check_bench: the generated charter does not load\n");
      std::exit(1);
    }
  });
  const pv::policy::Charter charter = pv::policy::load_charter_text(charter_text).value();
  std::shared_ptr<const pv::policy::CompiledCharter> compiled;
  const double compile_seconds = pv::bench::best_seconds(
      3, [&] { compiled = pv::policy::CompiledCharter::compile(charter).value(); });

  pv::policy::CheckContext context;
  context.network = pv::policy::Network::kLinkedIn;
  context.language = "en";
  context.origin = pv::policy::Origin::kOriginal;
  std::size_t findings = 0;
  const pv::bench::Pass check_pass = [&](std::size_t i) {
    const pv::policy::Verdict verdict = compiled->check(posts[i], context);
    findings += verdict.findings.size();
    return verdict.findings.size() + static_cast<std::size_t>(verdict.verdict);
  };
  std::size_t checksum = 0;
  if (options.check_only) {
    const double seconds =
        pv::bench::time_passes(posts.size(), {check_pass}, options.runs, checksum)[0];
    print_row({"Porte-voix check (folding included)", posts.size(), megabytes, seconds,
               findings / static_cast<std::size_t>(options.runs)});
    return 0;
  }

  std::unique_ptr<pv::bench::HyperscanWords> hyperscan;
  const double hyperscan_compile = pv::bench::best_seconds(
      1, [&] { hyperscan = std::make_unique<pv::bench::HyperscanWords>(terms); });

  // The references' input: every post folded once, before any timing.
  std::vector<std::string> folded;
  folded.reserve(posts.size());
  for (const auto& p : posts)
    folded.push_back(pv::policy::fold(p).text());

  pv::bench::IcuCasefold icu;
  std::size_t hyperscan_matches = 0;
  const std::vector<double> seconds =
      pv::bench::time_passes(posts.size(),
                             {check_pass,
                              [&](std::size_t i) {
                                const pv::policy::FoldedText f = pv::policy::fold(posts[i]);
                                return f.text().size() + f.words().size();
                              },
                              [&](std::size_t i) { return icu.normalize(posts[i]); },
                              [&](std::size_t i) {
                                const std::size_t n = hyperscan->count_matches(folded[i]);
                                hyperscan_matches += n;
                                return n;
                              }},
                             options.runs, checksum);
  const auto per_run = [&](std::size_t total) {
    return total / static_cast<std::size_t>(options.runs);
  };
  const Row check{"Porte-voix check (folding included)", posts.size(), megabytes, seconds[0],
                  per_run(findings)};
  const Row fold{"Porte-voix fold alone", posts.size(), megabytes, seconds[1], 0};
  const Row icu_row{"ICU normalizeUTF8 NFKC_Casefold (raw posts)", posts.size(), megabytes,
                    seconds[2], 0};
  const Row hyperscan_row{"Hyperscan whole-word scan (folded posts)", posts.size(), megabytes,
                          seconds[3], per_run(hyperscan_matches)};
  double rg_start = 0;
  const Row rg = ripgrep_row(options, terms, posts, folded, rg_start);

  std::printf("\n%-54s %10s\n", "compile (CPU)", "seconds");
  print_seconds("Porte-voix load_charter_text", load_seconds);
  print_seconds("Porte-voix CompiledCharter::compile", compile_seconds);
  print_seconds("Hyperscan hs_compile_multi (\\b...\\b, caseless)", hyperscan_compile);
  print_seconds("rg start (reading the lexicon, building its matcher)", rg_start);

  std::printf("\n%-54s %10s %10s %10s\n", "pass over the posts (CPU)", "posts/s", "MB/s",
              "matches");
  for (const Row& row : {check, fold, icu_row, hyperscan_row, rg})
    print_row(row);
  std::printf("(matches: the check's findings; each reference's matches of its patterns)\n\n");

  using pv::bench::goal_line;
  std::printf("%s\n", goal_line("check / ICU", check.speed() / icu_row.speed(), 0.5, true).c_str());
  std::printf(
      "%s\n",
      goal_line("check / Hyperscan", check.speed() / hyperscan_row.speed(), 2.5, true).c_str());
  std::printf("%s\n", goal_line("check / ripgrep", check.speed() / rg.speed(), 40, true).c_str());
  std::printf("%s\n", goal_line("fold / ICU", fold.speed() / icu_row.speed(), 1.0, true).c_str());
  std::printf("%s\n", goal_line("(load + compile) / Hyperscan compile",
                                (load_seconds + compile_seconds) / hyperscan_compile, 0.1, false)
                          .c_str());
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
