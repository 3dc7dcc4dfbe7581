// Random text for the folding tests: characters drawn from pools of what
// posts hold and of what is hard to fold (combining marks, compatibility
// forms, Hangul, format characters, emoji), deterministic on every platform.
#pragma once

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "policy/fold_unicode.h"

namespace pv::policy::testing {

// Deterministic everywhere (std:: distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }

 private:
  std::uint64_t state_;
};

struct Range {
  char32_t first;
  char32_t last;
};

// Where random characters come from: what posts hold, and what is hard.
inline const std::vector<std::vector<Range>> kPools = {
    {{0x20, 0x7E}},                        // printable ASCII
    {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}},  // letters and digits
    {{0x09, 0x0D},
     {0x20, 0x20},
     {0x85, 0x85},
     {0xA0, 0xA0},
     {0x1680, 0x1680},
     {0x2000, 0x200A},
     {0x2028, 0x2029},
     {0x202F, 0x202F},
     {0x205F, 0x205F},
     {0x3000, 0x3000}},                  // white space
    {{0x80, 0xFF}},                      // Latin-1
    {{0x100, 0x24F}},                    // Latin Extended-A and -B
    {{0x250, 0x2FF}, {0x1E00, 0x1EFF}},  // IPA, modifiers, Latin extended additional
    {{0x300, 0x36F}, {0x1AB0, 0x1AFF}, {0x20D0, 0x20FF}, {0x0345, 0x0345}},  // combining marks
    {{0x2010, 0x2027},
     {0x2030, 0x205E},
     {'.', '.'},
     {'!', '!'},
     {'?', '?'},
     {';', ';'},
     {'"', '"'},
     {'\'', '\''},
     {')', ')'},
     {']', ']'},
     {'%', '%'},
     {0x037E, 0x037E},
     {0xFF01, 0xFF0F},
     {0xFE50, 0xFE6B}},                                      // punctuation
    {{0x2070, 0x218F}, {0x2460, 0x24FF}, {0x3200, 0x33FF}},  // compatibility forms
    {{0x370, 0x3FF}, {0x1F00, 0x1FFF}, {0x400, 0x4FF}},      // Greek, Cyrillic
    {{0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}, {0xFF61, 0xFF9F}, {0x3040, 0x30FF}},  // CJK, kana
    {{0xAC00, 0xD7A3}, {0x1100, 0x11FF}, {0x3131, 0x318E}},                    // Hangul
    {{0x0900, 0x0DFF},
     {0x1000, 0x109F},
     {0x1B00, 0x1B7F},
     {0x11000, 0x1107F},
     {0x11300, 0x1137F}},                  // Indic and others
    {{0xFB00, 0xFDFF}, {0xFE70, 0xFEFF}},  // presentation forms
    {{0x1F300, 0x1F6FF},
     {0x1F900, 0x1F9FF},
     {0x200D, 0x200D},
     {0xFE0F, 0xFE0F},
     {0x1F1E6, 0x1F1FF}},  // emoji
    {{0xAD, 0xAD},
     {0x200B, 0x200F},
     {0x2060, 0x2064},
     {0xFEFF, 0xFEFF},
     {0x180E, 0x180E},
     {0x0600, 0x0605},
     {0xE0001, 0xE0001},
     {0xE0020, 0xE007F},
     {0x202A, 0x202E},
     {0x3164, 0x3164},
     {0x115F, 0x1160}},                   // format, fillers
    {{0x1, 0xD7FF}, {0xE000, 0x10FFFF}},  // anything
};

inline char32_t random_character(Rng& rng, const std::vector<Range>& pool) {
  const Range& r = pool[rng.below(static_cast<std::uint32_t>(pool.size()))];
  return r.first + rng.below(static_cast<std::uint32_t>(r.last - r.first + 1));
}

inline std::string random_text(Rng& rng) {
  // Two or three pools per text, so that hard characters meet each other.
  const std::uint32_t pools[3] = {rng.below(static_cast<std::uint32_t>(kPools.size())),
                                  rng.below(static_cast<std::uint32_t>(kPools.size())),
                                  rng.below(2)};
  const std::uint32_t length = rng.below(48);
  std::string text;
  for (std::uint32_t i = 0; i < length; ++i) {
    char buf[4];
    const char32_t c = random_character(rng, kPools[pools[rng.below(3)]]);
    text.append(buf, static_cast<std::size_t>(detail::encode_utf8(c, buf)));
  }
  return text;
}

// Text that looks like posts, but with every hard case close together:
// words in mixed case, runs of spaces, sentence ends before quotes and
// brackets, percent signs, line breaks of each kind, accents precomposed and
// combining, typographic apostrophes and spaces, deleted characters. Long
// enough for the fast path's 16-byte blocks, and cut at random places.
inline std::string random_post_text(Rng& rng) {
  static const char* const kPieces[] = {" ",
                                        " ",
                                        " ",
                                        "  ",
                                        ". ",
                                        ".\" ",
                                        ".') ",
                                        "!\n",
                                        "? ",
                                        "; ",
                                        ", ",
                                        ",",
                                        "%",
                                        "5 % ",
                                        "\n",
                                        "\r\n",
                                        "\t",
                                        "\v",
                                        "\f",
                                        "'",
                                        "\"",
                                        ")",
                                        "]",
                                        "}",
                                        "-",
                                        "#",
                                        "_",
                                        "4.5",
                                        "a.b",
                                        ".",
                                        "...",
                                        "\u2019",
                                        "\u00A0",
                                        "\u202F",
                                        "\u00AB\u00A0",
                                        "\u00A0\u00BB",
                                        "\u2026",
                                        "\u00E9",
                                        "\u00C9",
                                        "e\u0301",
                                        "\u00DF",
                                        "\u0153",
                                        "\u00AD",
                                        "\u200B",
                                        "\U0001F600",
                                        "\u2028",
                                        "\u0085",
                                        "\u2014",
                                        "\u00BD"};
  const std::uint32_t pieces = rng.below(120);
  std::string text;
  for (std::uint32_t i = 0; i < pieces; ++i) {
    if (rng.below(2) == 0) {
      const std::uint32_t letters = 1 + rng.below(9);
      const bool upper = rng.below(6) == 0;
      for (std::uint32_t j = 0; j < letters; ++j) {
        const std::uint32_t r = rng.below(36);
        char c = r < 26 ? static_cast<char>('a' + r) : static_cast<char>('0' + r - 26);
        if ((upper || rng.below(12) == 0) && r < 26) c = static_cast<char>(c - 32);
        text += c;
      }
    } else {
      text += kPieces[rng.below(static_cast<std::uint32_t>(std::size(kPieces)))];
    }
  }
  return text;
}

}  // namespace pv::policy::testing
