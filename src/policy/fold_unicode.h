// The Unicode side of folding (CHARTER.md, "Folding", steps 1 to 3), through
// utf8proc: how one cluster of characters folds, which characters start a
// cluster, and what a folded character is to words and sentence breaks.
// Internal to src/policy/: both fold paths and the fast path's tables use it.
//
// A cluster is a character for which starts_cluster() is true followed by the
// characters after it for which it is false (a combining mark, a Hangul vowel
// or final jamo, anything that NFKC could compose with what precedes it).
// NFKC never combines characters of two clusters, case folding works on one
// character at a time, and all that NFD could reorder across two clusters is
// combining marks, which step 2 drops: so folding a text cluster by cluster
// gives exactly the characters folding it whole gives, and the offset map can
// work on whole clusters. fold_cluster_test.cpp checks this exhaustively.
//
// Pure functions; safe to call from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pv::policy::detail {

// What a folded character is to steps 4 and 5.
enum class CharClass : std::uint8_t {
  kWord,         // a letter (L*) or a decimal digit (Nd)
  kPercent,      // '%', a word by itself
  kSpace,        // ' ', which every white space character folds to
  kSentenceEnd,  // . ! ? ;
  kCloser,       // " ' ) ] }, which may stand between a sentence end and the space
  kOther,
};

// `c` is a character of the folded text.
CharClass classify_folded(char32_t c);

// Unicode's White_Space property.
bool is_white_space(char32_t c);

// CHARTER.md's line breaks: LF, VT, FF, CR, NEL, U+2028, U+2029.
bool is_line_break(char32_t c);

// True when `c` begins a new cluster (see above).
bool starts_cluster(char32_t c);

// Buffers reused from one cluster to the next, so that folding does not
// allocate for each one. Owned by the caller, one per fold.
struct FoldScratch {
  std::vector<std::int32_t> nfkc;
  std::vector<std::int32_t> nfd;
  std::string utf8;
};

// Appends to `out` the fold of the characters `cluster` (one cluster, or any
// text, which then folds as a whole): steps 1 to 3, with every white space
// character as U+0020 and runs of them not yet collapsed.
void fold_cluster(std::u32string_view cluster, FoldScratch& scratch, std::u32string& out);

// Decodes the character at `p` (p < end); returns its length in bytes. A byte
// that does not begin a well-formed UTF-8 sequence decodes as U+FFFD, length 1.
inline int decode_utf8(const unsigned char* p, const unsigned char* end, char32_t& cp) {
  const unsigned c = p[0];
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  const auto cont = [&](int i) { return end - p > i && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c < 0xE0 && cont(1)) {
    cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    return 2;
  }
  if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2)) {
    cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return 3;
  } else if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3)) {
    cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return 4;
  }
  cp = 0xFFFD;
  return 1;
}

// Appends the UTF-8 form of `cp` (a valid scalar value) to `out`; returns its length.
inline int encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace pv::policy::detail
