// Fuzz target: folding (CHARTER.md, "Folding"). Any input, made valid UTF-8,
// folds the same through the fast path and through the utf8proc reference
// (text, words, sentence breaks and offset map), and every span of the folded
// text maps back inside the original text. Under AddressSanitizer this also
// checks that the fast path's vector loads never read outside the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_utf8.h"
#include "policy/fold.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using pv::fuzz::require;
  const std::string text =
      pv::fuzz::valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const pv::policy::FoldedText fast = pv::policy::fold(text);
  require(fast == pv::policy::fold_reference(text), "fold equals fold_reference");
  const auto code_points = pv::fuzz::code_point_starts(text).size() - 1;
  require(fast.original_length() == code_points, "the original length counts code points");
  const auto folded_size = static_cast<std::uint32_t>(fast.text().size());
  for (const auto& word : fast.words()) {
    require(word.begin < word.end && word.end <= folded_size, "words lie within the folded text");
    const auto span = fast.original_span(word.begin, word.end);
    require(span.start < span.end && span.end <= code_points,
            "a word maps to a non-empty span of the original text");
  }
  if (folded_size > 0) {
    const auto whole = fast.original_span(0, folded_size);
    require(whole.end <= code_points, "the whole folded text maps within the original");
  }
  return 0;
}
