#include "policy/fold_builder.h"

#include <utility>

namespace pv::policy {

// Room for what the fast path writes between two checks.
constexpr std::size_t kSlack = 64;

FoldBuilder::FoldBuilder(std::size_t original_bytes) {
  buf_.resize(original_bytes + kSlack);
  words_.reserve(original_bytes / 5 + 1);
}

void FoldBuilder::grow(std::size_t n) {
  buf_.resize(std::max(buf_.size() * 2, size_ + n + kSlack));
}

void FoldBuilder::append_cluster(std::uint32_t ob, std::uint32_t oe, std::u32string_view folded,
                                 bool line_break) {
  if (line_break) gap_break_ = true;
  std::size_t i = 0;
  if (last_space_) {
    while (i < folded.size() && folded[i] == U' ')
      ++i;
    if (i > 0) extend_space(oe);
  }
  if (i == folded.size()) return;  // deleted, or all white space that joined the run
  if (i == 0 && oe - ob == 1 && folded.size() == 1 && folded[0] < 0x80) {
    const char c = static_cast<char>(folded[0]);
    if (c == ' ') {
      append_space(ob, false);
    } else {
      append_byte(c, detail::classify_folded(folded[0]), ob);
    }
    return;
  }
  const std::uint32_t f = size_;
  reserve(4 * (folded.size() - i));
  for (; i < folded.size(); ++i) {
    const CharClass k = detail::classify_folded(folded[i]);
    if (k == CharClass::kSpace && last_space_) continue;
    on_class(k, size_);
    size_ += static_cast<std::uint32_t>(detail::encode_utf8(folded[i], buf_.data() + size_));
    last_space_ = k == CharClass::kSpace;
  }
  space_linear_ = false;
  push_unit(f, ob, size_, oe);
}

void FoldBuilder::extend_space(std::uint32_t oe) {
  if (space_linear_) {
    // The space stood for one code point, byte for code point; it becomes a
    // unit. The anchor it may have started keeps its original offset, so it
    // still ends a unit before it.
    if (anchors_.back().folded == space_pos_) {
      anchors_.back().unit = true;
    } else {
      anchors_.push_back({space_pos_, space_orig_, true});
    }
    anchors_.push_back({space_pos_ + 1, oe, false});
    space_linear_ = false;
  } else {
    // The space ends a unit, whose closing anchor is the last one.
    anchors_.back().original = oe;
  }
  delta_ = static_cast<std::int64_t>(anchors_.back().original) - anchors_.back().folded;
}

FoldedText FoldBuilder::finish(std::uint32_t original_length) && {
  if (in_word_) words_.push_back(Word{word_begin_, size_, word_break_});
  buf_.resize(size_);
  FoldedText result;
  result.text_ = std::move(buf_);
  result.words_ = std::move(words_);
  result.anchors_ = std::move(anchors_);
  result.original_length_ = original_length;
  return result;
}

}  // namespace pv::policy
