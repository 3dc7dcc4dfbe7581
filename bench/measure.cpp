#include "measure.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace pv::bench {
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double children_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::vector<double> time_passes(std::size_t count, const std::vector<Pass>& passes, int runs,
                                std::size_t& checksum) {
  constexpr std::size_t kChunk = 200;  // posts, about 200 kB
  std::vector<double> seconds(passes.size(), 0.0);
  for (std::size_t begin = 0; begin < count; begin += kChunk) {
    const std::size_t end = std::min(count, begin + kChunk);
    std::vector<double> best(passes.size(), 1e300);
    for (int r = 0; r < runs; ++r) {
      for (std::size_t k = 0; k < passes.size(); ++k) {
        const double start = thread_cpu_seconds();
        for (std::size_t i = begin; i < end; ++i)
          checksum += passes[k](i);
        best[k] = std::min(best[k], thread_cpu_seconds() - start);
      }
    }
    for (std::size_t k = 0; k < passes.size(); ++k)
      seconds[k] += best[k];
  }
  return seconds;
}

double best_seconds(int runs, const std::function<void()>& work) {
  double best = 1e300;
  for (int r = 0; r < runs; ++r) {
    const double start = thread_cpu_seconds();
    work();
    best = std::min(best, thread_cpu_seconds() - start);
  }
  return best;
}

std::size_t total_bytes(const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const auto& t : texts)
    bytes += t.size();
  return bytes;
}

std::string goal_line(const std::string& what, double ratio, double goal, bool at_least) {
  const bool met = at_least ? ratio >= goal : ratio <= goal;
  char line[256];
  std::snprintf(line, sizeof line, "goal %-40s %8.3fx  (goal %s %.2fx)  %s", what.c_str(), ratio,
                at_least ? ">=" : "<=", goal, met ? "met" : "NOT met");
  return line;
}

}  // namespace pv::bench
