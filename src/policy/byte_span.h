// A span of bytes [begin, end) in a UTF-8 string, usually the folded text
// (fold.h). Detectors report what they find as byte spans; the engine maps
// them back to the original text with FoldedText::original_span().
//
// A plain value: safe to copy and to use from any thread.
#pragma once

#include <cstdint>

namespace pv::policy {

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // exclusive
  bool operator==(const ByteSpan&) const = default;
};

}  // namespace pv::policy
