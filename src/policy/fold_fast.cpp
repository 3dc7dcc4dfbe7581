// FoldBuilder::append_fast: the fast path's loop over Latin text. It keeps
// the builder's state in locals (registers) and does, for each character,
// exactly what append_cluster() would for it alone; the equivalence tests
// hold it to fold_reference().
//
// Where SSE2 is there (every x86-64), up to 16 plain ASCII characters at a
// time are classified with vector compares and folded with one store, and
// word starts, word ends and sentence breaks come out of bit masks: a scalar
// loop mispredicts a branch at the end of every word, which costs more than
// all the rest. The scalar loop takes what blocks leave: non-ASCII
// characters, control characters (tabs, line breaks), '%', a second space.
#include <cstring>

#include "policy/fold_builder.h"
#include "policy/fold_table.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pv::policy {

using detail::FastChar;
using detail::FastKind;
using detail::FastSymbol;

// The lambdas below share the loop's locals; inlined, those stay in registers.
#if defined(__GNUC__)
#define PV_ALWAYS_INLINE __attribute__((always_inline))
#else
#define PV_ALWAYS_INLINE
#endif

#if defined(__SSE2__)
namespace {

// Which of 16 ASCII bytes are what, one bit each (bit i for byte i).
struct Block {
  __m128i folded;   // the bytes, lower-cased
  unsigned word;    // letters and digits
  unsigned space;   // ' '
  unsigned stop;    // . ! ? ;
  unsigned closer;  // " ' ) ] }
  unsigned hard;    // non-ASCII, control characters, '%': left to the scalar loop
};

inline unsigned mask(__m128i v) {
  return static_cast<unsigned>(_mm_movemask_epi8(v));
}

inline Block classify(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto eq = [v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  // Signed compares: bytes from 0x80 are negative, in no range.
  const auto range = [v](char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i upper = range('A', 'Z');
  Block b;
  b.folded = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  b.word = mask(_mm_or_si128(_mm_or_si128(upper, range('a', 'z')), range('0', '9')));
  b.space = mask(eq(' '));
  b.stop = mask(_mm_or_si128(_mm_or_si128(eq('.'), eq('!')), _mm_or_si128(eq('?'), eq(';'))));
  b.closer = mask(_mm_or_si128(_mm_or_si128(_mm_or_si128(eq('"'), eq('\'')), eq(')')),
                               _mm_or_si128(eq(']'), eq('}'))));
  b.hard = mask(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) | mask(eq('%'));
  return b;
}

}  // namespace
#endif

const unsigned char* FoldBuilder::append_fast(const unsigned char* p, const unsigned char* end,
                                              std::uint32_t& o_io, const detail::FastTable& table) {
  const FastSymbol* const symbols = table.ascii_symbols();
  const char* const ascii_folded = table.ascii_folded();
  // One byte out per byte in, but for the rare expansions, which check.
  reserve(static_cast<std::size_t>(end - p) + 8);
  char* out = buf_.data();
  std::uint32_t f = size_;
  std::uint32_t o = o_io;
  // Whether the offset map already maps byte f to code point o.
  bool linked = delta_ == static_cast<std::int64_t>(o) - f;
  bool in_word = in_word_;
  std::uint32_t word_begin = word_begin_;
  bool word_break = word_break_;
  bool gap_break = gap_break_;
  bool after_stop = after_stop_;
  bool last_space = last_space_;

  const auto link = [&] {
    if (!linked) {
      link_linear(f, o);
      linked = true;
    }
  };
  const auto start_word = [&] {
    if (!in_word) {
      in_word = true;
      word_begin = f;
      word_break = gap_break && !words_.empty();
      gap_break = false;
      after_stop = false;
    }
  };
  const auto end_word = [&] {
    if (in_word) {
      words_.push_back(Word{word_begin, f, word_break});
      in_word = false;
    }
  };
  // A character folded to the one byte `b`, which is not a letter or digit.
  const auto one_byte = [&](char b, FastSymbol s) PV_ALWAYS_INLINE {
    const bool space = s == FastSymbol::kSpace || s == FastSymbol::kLineBreak;
    if (s == FastSymbol::kLineBreak) gap_break = true;
    if (space && last_space) {
      extend_space(o + 1);
      linked = false;
      return;
    }
    end_word();
    switch (s) {
      case FastSymbol::kSpace:
      case FastSymbol::kLineBreak:
        if (after_stop) gap_break = true;
        after_stop = false;
        space_linear_ = true;
        space_pos_ = f;
        space_orig_ = o;
        break;
      case FastSymbol::kPercent:
        words_.push_back(Word{f, f + 1, gap_break && !words_.empty()});
        gap_break = false;
        after_stop = false;
        break;
      case FastSymbol::kSentenceEnd: after_stop = true; break;
      case FastSymbol::kCloser: break;
      default: after_stop = false; break;
    }
    last_space = space;
    link();
    out[f++] = b;
  };
  // A character folded to several bytes: letters and digits, or one other
  // character (never a space, '%', a sentence end or a closer, all ASCII).
  const auto unit = [&](const FastChar& e) PV_ALWAYS_INLINE {
    if (e.cls == CharClass::kWord) {
      start_word();
    } else {
      end_word();
      after_stop = false;
    }
    last_space = false;
    if (buf_.size() - f < static_cast<std::size_t>(end - p) + 8 + e.size) {
      size_ = f;
      grow(static_cast<std::size_t>(end - p) + 8 + e.size);
      out = buf_.data();
    }
    std::memcpy(out + f, e.bytes, e.size);
    push_unit(f, o, f + e.size, o + 1);
    f += e.size;
    linked = false;
  };

  while (p < end) {
#if defined(__SSE2__)
    if (end - p >= 16) {
      const Block b = classify(p);
      // A second space in a row joins the first: the scalar loop does it.
      const unsigned hard = b.hard | (b.space & ((b.space << 1) | (last_space ? 1u : 0u)));
      unsigned len = static_cast<unsigned>(__builtin_ctz(hard | 0x10000u));
      // The last byte taken must be a cluster by itself.
      if (len > 0 && end - p > len && p[len] >= 0x80 && !table.starts_at(p + len, end)) --len;
      if (len > 0) {
        const unsigned m = (1u << len) - 1;
        const unsigned last = 1u << (len - 1);
        link();
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + f), b.folded);
        const unsigned word = b.word & m;
        const unsigned before_word = (word << 1) | (in_word ? 1u : 0u);
        const unsigned starts = word & ~before_word;
        const unsigned ends = ~word & before_word & m;
        // after[i]: byte i is a sentence end, or a closer after one; a space
        // right after such a byte is a sentence break.
        const unsigned stop = b.stop & m;
        const unsigned closer = b.closer & m;
        const unsigned carry = after_stop ? 1u : 0u;
        unsigned after = stop;
        for (;;) {
          const unsigned next = stop | (closer & ((after << 1) | carry));
          if (next == after) break;
          after = next;
        }
        const unsigned space = b.space & m;
        const unsigned breaks = space & ((after << 1) | carry);
        for (unsigned events = starts | ends | breaks; events != 0; events &= events - 1) {
          const unsigned i = static_cast<unsigned>(__builtin_ctz(events));
          const unsigned bit = 1u << i;
          if (ends & bit) {
            words_.push_back(Word{word_begin, f + i, word_break});
          } else if (starts & bit) {
            word_begin = f + i;
            word_break = gap_break && !words_.empty();
            gap_break = false;
          } else {
            gap_break = true;
          }
        }
        in_word = (word & last) != 0;
        after_stop = (after & last) != 0;
        last_space = (space & last) != 0;
        if (last_space) {
          space_linear_ = true;
          space_pos_ = f + len - 1;
          space_orig_ = o + len - 1;
        }
        f += len;
        o += len;
        p += len;
        continue;
      }
    }
#endif
    const unsigned char c = *p;
    const FastSymbol s = symbols[c];
    if (s == FastSymbol::kWord) {
      // A run of ASCII letters and digits: the hot loop, on locals only.
      // Its last one stays out when what follows may combine with it.
      const unsigned char* q = p;
      char* w = out + f;
      do {
        *w++ = ascii_folded[*q++];
      } while (q < end && symbols[*q] == FastSymbol::kWord);
      if (q < end && *q >= 0x80 && !table.starts_at(q, end)) {
        --w;
        if (--q == p) break;
      }
      start_word();
      link();
      const auto n = static_cast<std::uint32_t>(q - p);
      f += n;
      o += n;
      p = q;
      last_space = false;
      continue;
    }
    int n = 1;
    const FastChar* e = nullptr;
    if (s == FastSymbol::kNotAscii) {
      char32_t cp;
      n = detail::decode_utf8(p, end, cp);
      e = table.find(cp);
      if (e == nullptr || e->kind == FastKind::kComplex) break;
    }
    if (end - p > n && p[n] >= 0x80 && !table.starts_at(p + n, end)) break;
    if (e == nullptr) {
      one_byte(ascii_folded[c], s);
    } else {
      switch (e->kind) {
        case FastKind::kDelete: linked = false; break;
        case FastKind::kSpace: one_byte(' ', e->symbol); break;
        case FastKind::kByte:
          if (e->symbol == FastSymbol::kWord) {
            start_word();
            link();
            out[f++] = e->bytes[0];
            last_space = false;
          } else {
            one_byte(e->bytes[0], e->symbol);
          }
          break;
        case FastKind::kUnit: unit(*e); break;
        case FastKind::kComplex: break;  // not reached: left to the caller above
      }
    }
    p += n;
    ++o;
  }

  size_ = f;
  o_io = o;
  in_word_ = in_word;
  word_begin_ = word_begin;
  word_break_ = word_break;
  gap_break_ = gap_break;
  after_stop_ = after_stop;
  last_space_ = last_space;
  return p;
}

}  // namespace pv::policy
