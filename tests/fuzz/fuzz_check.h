// What a fuzz target asserts: a broken invariant prints what broke and the
// input's size, then aborts, which libFuzzer reports as a crash and saves the
// input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace pv::fuzz {

inline void require(bool holds, const char* invariant) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
  std::abort();
}

}  // namespace pv::fuzz
