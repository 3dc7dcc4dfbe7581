// fold_bench: how fast folding runs over realistic posts, beside ICU's
// NFKC_Casefold over the same posts (the pass a plain implementation would
// make), and a check that the fast path gives exactly what the slow, obviously
// correct path (fold_reference, utf8proc for every character) gives on every
// post of the corpus.
//
// Speeds are in CPU time (measure.h).
//
//   fold_bench [--mb MB] [--runs N]    (default: 100 MB of posts, best of 5)
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "corpus.h"
#include "icu_casefold.h"
#include "measure.h"
#include "policy/fold.h"

int main(int argc, char** argv) {
  double mb = 100;
  int runs = 5;
  CLI::App app("Folding beside ICU's NFKC_Casefold, and checked against the reference path");
  app.add_option("--mb", mb, "megabytes of posts")->check(CLI::PositiveNumber);
  app.add_option("--runs", runs, "runs per chunk (the fastest counts)")->check(CLI::PositiveNumber);
  app.allow_extras();  // bench/run passes every benchmark the same options
  CLI11_PARSE(app, argc, argv);

  const auto posts = pv::bench::make_corpus(static_cast<std::size_t>(mb * 1e6));
  const double megabytes = static_cast<double>(pv::bench::total_bytes(posts)) / 1e6;
  pv::bench::IcuCasefold icu;

  std::size_t checksum = 0;
  const std::vector<double> seconds =
      pv::bench::time_passes(posts.size(),
                             {[&](std::size_t i) {
                                const pv::policy::FoldedText f = pv::policy::fold(posts[i]);
                                return f.text().size() + f.words().size();
                              },
                              [&](std::size_t i) { return icu.normalize(posts[i]); }},
                             runs, checksum);

  // Every post through both paths: they must agree exactly (text, words,
  // sentence breaks and the offset map).
  std::size_t mismatches = 0;
  std::size_t first_mismatch = posts.size();
  const double start = pv::bench::thread_cpu_seconds();
  for (std::size_t i = 0; i < posts.size(); ++i) {
    if (pv::policy::fold(posts[i]) == pv::policy::fold_reference(posts[i])) continue;
    if (mismatches++ == 0) first_mismatch = i;
  }
  const double both = pv::bench::thread_cpu_seconds() - start;

  const double fold_speed = megabytes / seconds[0];
  const double icu_speed = megabytes / seconds[1];
  std::printf("corpus: %zu posts, %.1f MB (English and French)\n", posts.size(), megabytes);
  std::printf("%-40s %10s\n", "pass", "MB/s");
  std::printf("%-40s %10.1f\n", "fold (fast path)", fold_speed);
  std::printf("%-40s %10.1f\n", "ICU normalizeUTF8 NFKC_Casefold", icu_speed);
  std::printf("%-40s %10.1f\n", "fold + fold_reference, one run", megabytes / both);
  if (mismatches == 0) {
    std::printf("fold == fold_reference on all %zu posts\n", posts.size());
  } else {
    std::printf("fold != fold_reference on %zu of %zu posts (first: post %zu)\n", mismatches,
                posts.size(), first_mismatch);
  }
  std::printf("%s\n",
              pv::bench::goal_line("fold / ICU", fold_speed / icu_speed, 1.0, true).c_str());
  std::printf("(checksum %zu)\n", checksum);
  return mismatches == 0 ? 0 : 1;
}
