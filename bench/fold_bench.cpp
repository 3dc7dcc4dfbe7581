// fold_bench: how fast folding runs over realistic posts, beside ICU's
// NFKC_Casefold over the same posts (the pass a plain implementation would
// make), and beside fold_reference.
//
//   fold_bench [MB]    (default 100: posts totalling that many megabytes)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "corpus.h"
#include "policy/fold.h"

namespace {

using Clock = std::chrono::steady_clock;

// A pass over one post; returns something that depends on the result, so
// that the compiler keeps the work.
using Pass = std::function<std::size_t(const std::string&)>;

// Runs every pass over the posts, chunk by chunk, each chunk `runs` times
// in turn, and keeps each pass's fastest time per chunk: on a shared
// machine, interference then hits neither pass more than the other. Returns
// MB/s (1 MB = 10^6 bytes) for each pass.
std::vector<double> measure(const std::vector<std::string>& posts, const std::vector<Pass>& passes,
                            int runs, std::size_t& checksum) {
  constexpr std::size_t kChunk = 200;  // posts, about 200 kB
  std::vector<double> seconds(passes.size(), 0.0);
  std::size_t bytes = 0;
  for (std::size_t begin = 0; begin < posts.size(); begin += kChunk) {
    const std::size_t end = std::min(posts.size(), begin + kChunk);
    for (std::size_t i = begin; i < end; ++i)
      bytes += posts[i].size();
    std::vector<double> best(passes.size(), 1e300);
    for (int r = 0; r < runs; ++r) {
      for (std::size_t k = 0; k < passes.size(); ++k) {
        const auto start = Clock::now();
        for (std::size_t i = begin; i < end; ++i)
          checksum += passes[k](posts[i]);
        best[k] = std::min(best[k], std::chrono::duration<double>(Clock::now() - start).count());
      }
    }
    for (std::size_t k = 0; k < passes.size(); ++k)
      seconds[k] += best[k];
  }
  std::vector<double> speeds;
  for (double s : seconds)
    speeds.push_back(static_cast<double>(bytes) / 1e6 / s);
  return speeds;
}

}  // namespace

int main(int argc, char** argv) {
  const double mb = argc > 1 ? std::atof(argv[1]) : 100.0;
  if (mb <= 0) {
    std::fprintf(stderr, "usage: fold_bench [MB]\n");
    return 2;
  }
  const auto posts = pv::bench::make_corpus(static_cast<std::size_t>(mb * 1e6));
  std::size_t bytes = 0;
  for (const auto& p : posts)
    bytes += p.size();
  // The reference path is much slower: a tenth of the posts is enough.
  const std::vector<std::string> some(posts.begin(),
                                      posts.begin() + static_cast<long>(posts.size() / 10 + 1));

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "fold_bench: ICU: %s\n", u_errorName(status));
    return 1;
  }
  std::string icu_out;
  const auto icu_pass = [&](const std::string& p) {
    icu_out.clear();
    icu::StringByteSink<std::string> sink(&icu_out, static_cast<int32_t>(p.size() + 16));
    UErrorCode s = U_ZERO_ERROR;
    icu->normalizeUTF8(0, icu::StringPiece(p.data(), static_cast<int32_t>(p.size())), sink, nullptr,
                       s);
    return icu_out.size();
  };
  const auto fold_pass = [](const std::string& p) {
    const pv::policy::FoldedText f = pv::policy::fold(p);
    return f.text().size() + f.words().size();
  };
  const auto reference_pass = [](const std::string& p) {
    const pv::policy::FoldedText f = pv::policy::fold_reference(p);
    return f.text().size() + f.words().size();
  };

  std::size_t checksum = 0;
  const std::vector<double> speeds = measure(posts, {fold_pass, icu_pass}, 5, checksum);
  const double fold_speed = speeds[0];
  const double icu_speed = speeds[1];
  const double reference_speed = measure(some, {reference_pass}, 1, checksum)[0];

  std::printf("corpus: %zu posts, %.1f MB (English and French)\n", posts.size(),
              static_cast<double>(bytes) / 1e6);
  std::printf("%-34s %10s\n", "pass", "MB/s");
  std::printf("%-34s %10.1f\n", "fold (fast path)", fold_speed);
  std::printf("%-34s %10.1f\n", "fold_reference (utf8proc)", reference_speed);
  std::printf("%-34s %10.1f\n", "ICU normalizeUTF8 NFKC_Casefold", icu_speed);
  std::printf("ratio fold / ICU: %.2f\n", fold_speed / icu_speed);
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
