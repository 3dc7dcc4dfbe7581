#include "icu_casefold.h"

#include <cstdio>
#include <cstdlib>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

namespace pv::bench {

IcuCasefold::IcuCasefold() {
  UErrorCode status = U_ZERO_ERROR;
  normalizer_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "ICU: %s\n", u_errorName(status));
    std::exit(1);
  }
}

std::size_t IcuCasefold::normalize(const std::string& post) {
  out_.clear();
  icu::StringByteSink<std::string> sink(&out_, static_cast<int32_t>(post.size() + 16));
  UErrorCode status = U_ZERO_ERROR;
  normalizer_->normalizeUTF8(0, icu::StringPiece(post.data(), static_cast<int32_t>(post.size())),
                             sink, nullptr, status);
  return out_.size();
}

}  // namespace pv::bench
