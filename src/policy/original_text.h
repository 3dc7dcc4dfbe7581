// OriginalText: slices of a post's original text by code point offsets, for
// the `match` of each finding. An index of every 64th code point's byte offset
// is built on first use, so that a slice costs at most 63 steps from it.
//
// One per check, used by one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pv::policy {

class OriginalText {
 public:
  explicit OriginalText(std::string_view text) : text_(text) {}

  // The code points [start, end) (end exclusive), clamped to the text.
  std::string slice(std::uint32_t start, std::uint32_t end);

 private:
  std::size_t byte_of(std::uint32_t code_point);

  static constexpr std::uint32_t kStride = 64;
  std::string_view text_;
  std::vector<std::size_t> index_;  // byte offset of code point k * kStride
};

}  // namespace pv::policy
