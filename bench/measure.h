// Timing passes side by side on a shared machine. Times are CPU times (of the
// calling thread, or of the child processes for a command), not wall-clock
// times: on a machine that other work keeps busy, waiting for a core is not
// the code's cost. And each pass runs over the same items chunk by chunk,
// each chunk several times in turn, keeping its fastest time per chunk, so
// that what interference remains (shared caches) hits no pass more than
// another.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace pv::bench {

// A pass over item `index`; returns something that depends on the result,
// so that the compiler keeps the work.
using Pass = std::function<std::size_t(std::size_t index)>;

// Each pass's total CPU seconds over items [0, count), `runs` times per chunk;
// the passes' results are added to `checksum`.
std::vector<double> time_passes(std::size_t count, const std::vector<Pass>& passes, int runs,
                                std::size_t& checksum);

// The fastest of `runs` calls of `work`, in seconds of this thread's CPU time.
double best_seconds(int runs, const std::function<void()>& work);

// The CPU time (user and system) this thread has used, in seconds.
double thread_cpu_seconds();

// The CPU time (user and system) of the child processes waited for so far.
double children_cpu_seconds();

// Bytes of every string, added.
std::size_t total_bytes(const std::vector<std::string>& texts);

// "met" or "NOT met", and the line that says so: `ratio` against a goal of
// at least (`at_least`) or at most `goal`.
std::string goal_line(const std::string& what, double ratio, double goal, bool at_least);

}  // namespace pv::bench
