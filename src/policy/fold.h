// Folding: how the charter compares text (CHARTER.md, "Folding"). A post and
// every charter term are folded the same way, then split into words; the
// matcher works on the folded text and its words, and maps what it finds back
// to the original text for the user.
//
// White space at either end is kept like any other run: a text that starts or
// ends with white space folds to a text that starts or ends with one space
// (step 3 turns every run into one space, and trimming would make `^` and `$`
// in patterns see a text the charter does not describe).
//
// Pure code: no I/O, no locale, no state that changes (the fast path's tables
// are built once, on first use, and never written again). Safe to call from
// any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pv::policy {

// A word of the folded text (CHARTER.md step 4): a maximal run of letters (L*)
// and decimal digits (Nd), or a single '%'.
struct Word {
  std::uint32_t begin = 0;  // byte offset in FoldedText::text()
  std::uint32_t end = 0;    // byte offset, exclusive
  // A sentence break (step 5) lies between the previous word and this one.
  // Always false for the first word.
  bool break_before = false;
  bool operator==(const Word&) const = default;
};

// A code-point span of the original text, end exclusive.
struct OriginalSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool operator==(const OriginalSpan&) const = default;
};

class FoldedText {
 public:
  // The folded text (steps 1 to 3), UTF-8.
  const std::string& text() const { return text_; }
  const std::vector<Word>& words() const { return words_; }
  std::string_view word(std::size_t i) const {
    return std::string_view(text_).substr(words_[i].begin, words_[i].end - words_[i].begin);
  }
  // Maps the folded bytes [begin, end) back to the original text, in code
  // points, widened to whole original characters: a span that starts or ends
  // inside a character that folding expanded ("ß" -> "ss") or merged ("e" +
  // U+0301 -> "e") covers all of it. The space a run of white space folded
  // to stands for the whole run; deleted characters (a soft hyphen) are
  // covered only when they lie inside the span, never at its ends.
  // `begin < end <= text().size()`.
  OriginalSpan original_span(std::uint32_t begin, std::uint32_t end) const;
  // The length of the original text in code points.
  std::uint32_t original_length() const { return original_length_; }
  // Entries in the offset map: one where plain text starts, and about two
  // for each expansion, merge, deletion or collapsed run (for tests and
  // benchmarks; nothing should depend on it).
  std::size_t offset_map_size() const { return anchors_.size(); }

  // Two folds of the same text are equal, whichever path produced them.
  bool operator==(const FoldedText&) const;

 private:
  friend class FoldBuilder;  // the only writer, in fold.cpp and its helpers
  std::string text_;
  std::vector<Word> words_;
  std::uint32_t original_length_ = 0;
  // The offset map: see fold.cpp for its layout (kept sparse, so that folding
  // ASCII and Latin text costs little more than copying it).
  struct Anchor {
    std::uint32_t folded = 0;    // byte offset in text_
    std::uint32_t original = 0;  // code point offset in the original text
    bool unit = false;           // false: one byte per code point from here
    bool operator==(const Anchor&) const = default;
  };
  std::vector<Anchor> anchors_;
};

// Folds `original`, which must be valid UTF-8 (callers validate input at the
// edge; an invalid byte is folded as if it were U+FFFD, never read past).
// Uses a fast path for Latin text and utf8proc for everything else.
FoldedText fold(std::string_view original);

// The same result through utf8proc for every character: slower, obviously
// correct, and the reference the fast path is tested against.
FoldedText fold_reference(std::string_view original);

}  // namespace pv::policy
