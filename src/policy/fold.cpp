// The fast fold, and the offset map's lookups. fold() rewrites the text
// first (simplify(), below), then runs FoldBuilder::append_fast()
// (fold_fast.cpp) over it, and utf8proc over what the tables do not cover.
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
#include <cstring>

#include "policy/fold_builder.h"
#include "policy/fold_table.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

namespace {

// The first byte from p on that is not ASCII, or end.
inline const unsigned char* find_non_ascii(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const auto high = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
    if (high != 0) return p + __builtin_ctz(high);
    p += 16;
  }
#endif
  while (p < end && *p < 0x80)
    ++p;
  return p;
}

// Copies the ASCII bytes from p on to w, up to the first other byte or end;
// moves both along. May write up to 16 bytes past what it copies.
inline void copy_ascii(const unsigned char*& p, const unsigned char* end, char*& w) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w), v);
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (high != 0) {
      const auto n = __builtin_ctz(high);
      p += n;
      w += n;
      return;
    }
    p += 16;
    w += 16;
  }
#endif
  while (p < end && *p < 0x80)
    *w++ = static_cast<char>(*p++);
}

// Writes `original` to `out` with each character that the tables fold to one
// ASCII byte, and that is alone in its cluster, as that byte: 'é' as 'e', '’'
// as '\'', a no-break space as ' ', a line separator as '\n'. One code point
// stays one code point, so offsets do not change, and each such byte folds to
// itself as the character did: folding `out` is folding `original`, with the
// fast loop's vector blocks running over far more of it. False, and `out`
// untouched, when there is nothing to rewrite.
bool simplify(std::string_view original, const detail::FastTable& table, std::string& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const auto* const end = p + original.size();
  const auto* const first = find_non_ascii(p, end);
  if (first == end) return false;
  out.resize(original.size() + 16);  // copy_ascii() writes ahead
  char* const begin = out.data();
  std::memcpy(begin, p, static_cast<std::size_t>(first - p));
  char* w = begin + (first - p);
  p = first;
  while (p < end) {
    char32_t cp;
    const int n = detail::decode_utf8(p, end, cp);
    const detail::FastChar* e = table.find(cp);
    const bool one_byte =
        e != nullptr && e->starts &&
        (e->kind == detail::FastKind::kByte || e->kind == detail::FastKind::kSpace);
    if (one_byte && (end - p == n || table.starts_at(p + n, end))) {
      if (e->kind == detail::FastKind::kByte) {
        *w++ = e->bytes[0];
      } else {
        *w++ = e->line_break ? '\n' : ' ';
      }
    } else {
      std::memcpy(w, p, static_cast<std::size_t>(n));
      w += n;
    }
    p += n;
    copy_ascii(p, end, w);
  }
  out.resize(static_cast<std::size_t>(w - begin));
  return true;
}

}  // namespace

FoldedText fold(std::string_view original) {
  const detail::FastTable& table = detail::fast_table();
  FoldBuilder out(original.size());
  detail::FoldScratch scratch;
  std::u32string cluster;
  std::u32string folded;

  std::string simple;
  const std::string_view text = simplify(original, table, simple) ? simple : original;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  std::uint32_t o = 0;  // code point offset of p
  while (p < end) {
    p = out.append_fast(p, end, o, table);
    if (p == end) break;

    // What the fast loop leaves: a character the tables fold to several
    // characters of different kinds ('…', '½'), alone in its cluster...
    char32_t cp;
    const auto* q = p + detail::decode_utf8(p, end, cp);
    const detail::FastChar* e = table.find(cp);
    if (e != nullptr && e->kind == detail::FastKind::kComplex &&
        (q == end || table.starts_at(q, end))) {
      out.append_cluster(o, o + 1, table.complex(*e), e->line_break);
      p = q;
      ++o;
      continue;
    }

    // ... or a cluster the tables do not cover: through utf8proc.
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
