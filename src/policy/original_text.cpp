#include "policy/original_text.h"

namespace pv::policy {
namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::size_t OriginalText::byte_of(std::uint32_t code_point) {
  if (index_.empty()) {
    std::uint32_t n = 0;
    for (std::size_t b = 0; b < text_.size(); ++b) {
      if (continuation(text_[b])) continue;
      if (n % kStride == 0) index_.push_back(b);
      ++n;
    }
    if (index_.empty()) index_.push_back(0);
  }
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
