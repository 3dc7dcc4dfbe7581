// FoldBuilder: writes a FoldedText from the folded clusters of a text, in
// order: it collapses white space (step 3), finds words and sentence breaks
// (steps 4 and 5) and keeps the offset map (its layout is described in
// fold.cpp). Both fold paths feed it: the reference path one cluster at a
// time through append_cluster(), the fast path mostly through append_fast(),
// which must do exactly what append_cluster() does for each one-character
// cluster, so that both paths build identical results.
//
// One builder per fold, used by one thread; finish() hands the result over.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "policy/fold.h"
#include "policy/fold_unicode.h"

namespace pv::policy {

namespace detail {
class FastTable;
}

class FoldBuilder {
 public:
  using CharClass = detail::CharClass;

  explicit FoldBuilder(std::size_t original_bytes);

  // The cluster of original code points [ob, oe) folded to `folded` (steps 1
  // to 3, white space as U+0020, not yet collapsed); `line_break` when the
  // cluster holds a line break.
  void append_cluster(std::uint32_t ob, std::uint32_t oe, std::u32string_view folded,
                      bool line_break);

  // The fast path: folds the characters from p on, up to the first one the
  // tables do not cover or that a character that does not start a cluster
  // follows (see fold_unicode.h), and returns where it stopped. `o` is the
  // code point offset of p, moved along. Exactly append_cluster() for each
  // character, with the state kept in registers. In fold_fast.cpp.
  const unsigned char* append_fast(const unsigned char* p, const unsigned char* end,
                                   std::uint32_t& o, const detail::FastTable& table);

  FoldedText finish(std::uint32_t original_length) &&;

 private:
  // Code point `o` folded to " ".
  void append_space(std::uint32_t o, bool line_break) {
    if (line_break) gap_break_ = true;
    if (last_space_) {
      extend_space(o + 1);
      return;
    }
    const std::uint32_t f = size_;
    put_byte(' ', CharClass::kSpace);
    link_linear(f, o);
    space_linear_ = true;
    space_pos_ = f;
    space_orig_ = o;
  }

  // Code point `o` folded to one ASCII character `c` of class `k` (not a space).
  void append_byte(char c, CharClass k, std::uint32_t o) {
    const std::uint32_t f = size_;
    put_byte(c, k);
    link_linear(f, o);
  }

  void reserve(std::size_t n) {
    if (buf_.size() - size_ < n) grow(n);
  }
  void grow(std::size_t n);

  void put_byte(char c, CharClass k) {
    on_class(k, size_);
    reserve(1);
    buf_[size_++] = c;
    last_space_ = k == CharClass::kSpace;
  }

  // Steps 4 and 5 for one folded character of class `k` at byte `f`.
  void on_class(CharClass k, std::uint32_t f) {
    if (k == CharClass::kWord) {
      if (!in_word_) start_word(f);
      return;
    }
    if (in_word_) {
      words_.push_back(Word{word_begin_, f, word_break_});
      in_word_ = false;
    }
    switch (k) {
      case CharClass::kPercent:
        words_.push_back(Word{f, f + 1, gap_break_ && !words_.empty()});
        gap_break_ = false;
        after_stop_ = false;
        break;
      case CharClass::kSpace:
        if (after_stop_) gap_break_ = true;
        after_stop_ = false;
        break;
      case CharClass::kSentenceEnd: after_stop_ = true; break;
      case CharClass::kCloser: break;
      default: after_stop_ = false; break;
    }
  }
  void start_word(std::uint32_t f) {
    in_word_ = true;
    word_begin_ = f;
    word_break_ = gap_break_ && !words_.empty();
    gap_break_ = false;
    after_stop_ = false;
  }

  // The byte at `f` is code point `o`, one for one with its neighbours.
  void link_linear(std::uint32_t f, std::uint32_t o) {
    if (static_cast<std::int64_t>(o) - f != delta_) {
      anchors_.push_back({f, o, false});
      delta_ = static_cast<std::int64_t>(o) - f;
    }
  }
  // Bytes [f, fe) are the code points [ob, oe) as a whole.
  void push_unit(std::uint32_t f, std::uint32_t ob, std::uint32_t fe, std::uint32_t oe) {
    anchors_.push_back({f, ob, true});
    anchors_.push_back({fe, oe, false});
    delta_ = static_cast<std::int64_t>(oe) - fe;
  }
  // The space that ends the text now also stands for original code points up
  // to `oe` (exclusive).
  void extend_space(std::uint32_t oe);

  using Anchor = FoldedText::Anchor;

  std::string buf_;  // the folded text, in buf_[0, size_)
  std::uint32_t size_ = 0;
  std::vector<Word> words_;
  std::vector<Anchor> anchors_;
  // Offset map: original - folded for the last anchor when it maps byte for
  // code point; kNotLinear before the first one.
  static constexpr std::int64_t kNotLinear = std::numeric_limits<std::int64_t>::min();
  std::int64_t delta_ = kNotLinear;

  // Words and breaks.
  bool in_word_ = false;
  std::uint32_t word_begin_ = 0;
  bool word_break_ = false;  // break_before of the open word
  bool gap_break_ = false;   // a break since the last word
  bool after_stop_ = false;  // after . ! ? ; and any closers

  // White space: the text ends with a space; where it is, and whether the
  // offset map still maps it one for one (to space_orig_).
  bool last_space_ = false;
  bool space_linear_ = false;
  std::uint32_t space_pos_ = 0;
  std::uint32_t space_orig_ = 0;
};

}  // namespace pv::policy
