// ICU's normalizeUTF8 with NFKC_Casefold over a post: the bare normalisation
// pass a plain implementation would make, and the benchmarks' yardstick.
#pragma once

#include <cstddef>
#include <string>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace pv::bench {

class IcuCasefold {
 public:
  IcuCasefold();  // exits the program when ICU has no NFKC_Casefold data
  // Normalises `post` into a buffer kept between calls; returns its size.
  std::size_t normalize(const std::string& post);

 private:
  const icu::Normalizer2* normalizer_;
  std::string out_;
};

}  // namespace pv::bench
