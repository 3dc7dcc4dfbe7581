// The fast fold, and the offset map's lookups.
//
// The offset map (FoldedText::anchors_) is a list of anchors in folded byte
// order. An anchor {folded, original, unit} says how the bytes from `folded`
// up to the next anchor map to the original text:
//   - unit == false: byte for code point, byte folded + k being code point
//     original + k (plain ASCII, and every character folded to one ASCII
//     character: 'É' -> 'e');
//   - unit == true: the bytes are, as a whole, the code points from
//     `original` up to the next anchor's `original` (a unit is always followed
//     by an anchor that closes it): an expansion ('ß' -> "ss"), a merge ('e' +
//     U+0301 -> 'e'), a run of white space collapsed to one space.
// Several anchors may share a folded offset (a unit's closing anchor, then the
// anchor of what follows a deleted character); a byte belongs to the last of
// them. Plain text needs one anchor at the start and one after each
// expansion, deletion or collapsed run.
#include "policy/fold.h"

#include <algorithm>

#include "policy/fold_builder.h"
#include "policy/fold_table.h"

namespace pv::policy {

OriginalSpan FoldedText::original_span(std::uint32_t begin, std::uint32_t end) const {
  // The last anchor at or before byte b.
  const auto anchor_of = [this](std::uint32_t b) {
    const auto it = std::upper_bound(anchors_.begin(), anchors_.end(), b,
                                     [](std::uint32_t v, const Anchor& a) { return v < a.folded; });
    return static_cast<std::size_t>(it - anchors_.begin()) - 1;
  };
  const Anchor& first = anchors_[anchor_of(begin)];
  const std::uint32_t start = first.unit ? first.original : first.original + (begin - first.folded);
  const std::size_t i = anchor_of(end - 1);
  const Anchor& last = anchors_[i];
  const std::uint32_t stop =
      last.unit ? anchors_[i + 1].original : last.original + (end - 1 - last.folded) + 1;
  return OriginalSpan{start, stop};
}

bool FoldedText::operator==(const FoldedText& other) const {
  return text_ == other.text_ && words_ == other.words_ &&
         original_length_ == other.original_length_ && anchors_ == other.anchors_;
}

FoldedText fold(std::string_view original) {
  using detail::FastKind;
  const detail::FastTable& table = detail::fast_table();
  const char* const lower = table.lower();
  FoldBuilder out(original.size());
  detail::FoldScratch scratch;
  std::u32string cluster;
  std::u32string folded;

  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const auto* const end = p + original.size();
  std::uint32_t o = 0;  // code point offset of p
  // An ASCII character is a cluster by itself when an ASCII one follows it.
  const auto alone = [end](const unsigned char* q) { return q + 1 == end || q[1] < 0x80; };
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80 && alone(p)) {
      if (table.is_word_byte(c)) {
        const auto* q = p + 1;
        while (q < end && table.is_word_byte(*q) && alone(q))
          ++q;
        const auto n = static_cast<std::size_t>(q - p);
        out.append_word_bytes(std::string_view(reinterpret_cast<const char*>(p), n), lower, o);
        o += static_cast<std::uint32_t>(n);
        p = q;
        continue;
      }
      const detail::FastChar& e = table.ascii(c);
      if (e.kind == FastKind::kSpace) {
        out.append_space(o, e.line_break);
      } else {
        out.append_byte(e.bytes[0], e.cls, o);
      }
      ++p;
      ++o;
      continue;
    }

    char32_t cp;
    const auto* q = p + detail::decode_utf8(p, end, cp);
    char32_t next = 0;
    if (q < end) detail::decode_utf8(q, end, next);
    const detail::FastChar* e = table.starts(next) ? table.find(cp) : nullptr;
    if (e != nullptr) {
      switch (e->kind) {
        case FastKind::kDelete: break;
        case FastKind::kSpace: out.append_space(o, e->line_break); break;
        case FastKind::kByte: out.append_byte(e->bytes[0], e->cls, o); break;
        case FastKind::kUnit:
          out.append_unit(std::string_view(e->bytes, e->size), e->cls, o);
          break;
        case FastKind::kComplex:
          out.append_cluster(o, o + 1, table.complex(*e), e->line_break);
          break;
      }
      p = q;
      ++o;
      continue;
    }

    // A cluster the tables do not cover: through utf8proc.
    const std::uint32_t ob = o;
    cluster.assign(1, cp);
    bool line_break = detail::is_line_break(cp);
    p = q;
    ++o;
    while (p < end) {
      const int n = detail::decode_utf8(p, end, cp);
      if (table.starts(cp)) break;
      cluster += cp;
      line_break = line_break || detail::is_line_break(cp);
      p += n;
      ++o;
    }
    folded.clear();
    detail::fold_cluster(cluster, scratch, folded);
    out.append_cluster(ob, o, folded, line_break);
  }
  return std::move(out).finish(o);
}

}  // namespace pv::policy
