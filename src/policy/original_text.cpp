#include "policy/original_text.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace pv::policy {
namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

void OriginalText::build_index() {
  std::size_t b = 0;
  std::uint32_t n = 0;     // code points before b
  std::uint32_t mark = 0;  // the next code point the index records
  const std::size_t size = text_.size();
  while (b < size) {
    // Eight bytes at a time while the next mark is out of their reach: each
    // byte but a continuation byte (10xxxxxx) starts a code point.
    if (size - b >= 8 && n + 8 <= mark) {
      std::uint64_t v;
      std::memcpy(&v, text_.data() + b, 8);
      const std::uint64_t continuation_bits = v & ~(v << 1) & 0x8080808080808080ULL;
      n += 8 - static_cast<std::uint32_t>(std::popcount(continuation_bits));
      b += 8;
      continue;
    }
    if (!continuation(text_[b])) {
      if (n == mark) {
        index_.push_back(b);
        mark += kStride;
      }
      ++n;
    }
    ++b;
  }
  if (index_.empty()) index_.push_back(0);
}

std::size_t OriginalText::byte_of(std::uint32_t code_point) {
  if (index_.empty()) build_index();
  const std::size_t k = std::min<std::size_t>(code_point / kStride, index_.size() - 1);
  std::size_t b = index_[k];
  std::uint32_t n = static_cast<std::uint32_t>(k) * kStride;
  while (n < code_point && b < text_.size()) {
    ++b;
    while (b < text_.size() && continuation(text_[b]))
      ++b;
    ++n;
  }
  return b;
}

std::string OriginalText::slice(std::uint32_t start, std::uint32_t end) {
  const std::size_t b = byte_of(start);
  const std::size_t e = byte_of(end);
  return std::string(text_.substr(b, e > b ? e - b : 0));
}

}  // namespace pv::policy
