// The URLs X finds in a post, for its weighted length: every one counts 23
// characters whatever its length (CHARTER.md, "Disclaimers"). This follows
// twitter-text 3's extractor (js/src/extractUrlsWithIndices.js and the
// regexp/ files it is built from) on the text in NFC, as UTF-16 code units:
//
// - a URL follows a character that is not an ASCII letter or digit, `@`, `$`
//   or `#` (or starts the text); it has an optional `http://` or `https://`,
//   a domain whose last label is a top-level domain from twitter-text's lists
//   (x_tlds.h) or Punycode, an optional port, path and query, each ending on
//   the characters twitter-text allows there;
// - without a scheme, only its ASCII (and Latin) domains count, each one a URL,
//   and not after `-`, `_`, `.` or `/`: `example.com`, `t.co/abc`;
// - a host label longer than 63 characters once in Punycode, or a URL longer
//   than 4,096, is no URL; a `t.co` link ends after its slug and query, and one
//   with a slug over 40 characters is none.
//
// The regular expressions are not run as such: the same matches are computed
// in linear time (a backtracking engine is quadratic on long runs of dots).
//
// Pure: safe to call from any thread.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pv::sharing::x_text {

// A span of the text in UTF-16 code units. For a URL, `length` is that of the
// URL text twitter-text reports, which the weighted count skips.
struct Entity {
  std::size_t begin = 0;
  std::size_t length = 0;
  bool operator==(const Entity&) const = default;
};

// The URLs of `text` (NFC, UTF-16), left to right.
std::vector<Entity> extract_urls(std::u16string_view text);

}  // namespace pv::sharing::x_text
