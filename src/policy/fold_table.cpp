#include "policy/fold_table.h"

#include <cstdlib>

namespace pv::policy::detail {
namespace {

FastSymbol symbol_of(CharClass c) {
  switch (c) {
    case CharClass::kWord: return FastSymbol::kWord;
    case CharClass::kPercent: return FastSymbol::kPercent;
    case CharClass::kSpace: return FastSymbol::kSpace;
    case CharClass::kSentenceEnd: return FastSymbol::kSentenceEnd;
    case CharClass::kCloser: return FastSymbol::kCloser;
    default: return FastSymbol::kOther;
  }
}

FastChar make_entry(char32_t c, FoldScratch& scratch, std::vector<std::u32string>& complex) {
  std::u32string folded;
  fold_cluster(std::u32string_view(&c, 1), scratch, folded);
  FastChar e;
  e.starts = starts_cluster(c);
  e.line_break = is_line_break(c);
  if (folded.empty()) {
    e.kind = FastKind::kDelete;
    return e;
  }
  if (folded == U" ") {
    e.kind = FastKind::kSpace;
    e.cls = CharClass::kSpace;
    e.symbol = e.line_break ? FastSymbol::kLineBreak : FastSymbol::kSpace;
    return e;
  }
  char utf8[64];
  std::size_t size = 0;
  bool all_letters = true;
  for (char32_t f : folded) {
    if (size + 4 > sizeof utf8) break;
    size += static_cast<std::size_t>(encode_utf8(f, utf8 + size));
    all_letters = all_letters && classify_folded(f) == CharClass::kWord;
  }
  const bool one = folded.size() == 1;
  if ((one || all_letters) && size <= sizeof e.bytes) {
    e.kind = size == 1 ? FastKind::kByte : FastKind::kUnit;
    e.cls = classify_folded(folded[0]);
    e.symbol = symbol_of(e.cls);
    e.size = static_cast<std::uint8_t>(size);
    for (std::size_t i = 0; i < size; ++i)
      e.bytes[i] = utf8[i];
    return e;
  }
  e.kind = FastKind::kComplex;
  e.complex = static_cast<std::uint32_t>(complex.size());
  complex.push_back(std::move(folded));
  return e;
}

}  // namespace

FastTable::FastTable() {
  FoldScratch scratch;
  chars_.reserve(kLatinEnd + (kPunctEnd - kPunctBegin));
  for (char32_t c = 0; c < kLatinEnd; ++c)
    chars_.push_back(make_entry(c, scratch, complex_));
  for (char32_t c = kPunctBegin; c < kPunctEnd; ++c) {
    chars_.push_back(make_entry(c, scratch, complex_));
  }
  for (unsigned c = 0; c < 0x80; ++c) {
    const FastChar& e = chars_[c];
    ascii_symbols_[c] = e.symbol;
    ascii_folded_[c] = e.kind == FastKind::kSpace ? ' ' : e.bytes[0];
  }
  check();
}

// The fast path takes a few things for granted; they hold in every Unicode
// version so far, but the tables come from utf8proc, so say so loudly (at the
// first fold) if one ever does not.
void FastTable::check() const {
  for (unsigned c = 0; c < 0x80; ++c) {
    const FastChar& e = chars_[c];
    // Every ASCII character folds to one ASCII character, or a space.
    if (e.kind != FastKind::kByte && e.kind != FastKind::kSpace) std::abort();
    // append_fast's vector blocks classify printable ASCII with compares.
    if (c < 0x20) continue;
    const bool upper = c >= 'A' && c <= 'Z';
    const bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const std::string_view stops = ".!?;";
    const std::string_view closers = "\"')]}";
    const auto ch = static_cast<char>(c);
    FastSymbol expected = FastSymbol::kOther;
    if (word) {
      expected = FastSymbol::kWord;
    } else if (ch == ' ') {
      expected = FastSymbol::kSpace;
    } else if (ch == '%') {
      expected = FastSymbol::kPercent;
    } else if (stops.find(ch) != std::string_view::npos) {
      expected = FastSymbol::kSentenceEnd;
    } else if (closers.find(ch) != std::string_view::npos) {
      expected = FastSymbol::kCloser;
    }
    if (e.symbol != expected) std::abort();
    if (ascii_folded_[c] != static_cast<char>(upper ? c + 0x20 : c)) std::abort();
  }
  // fold.cpp's simplify() writes a character folded to one byte as that
  // byte: the byte must fold to itself, the same way.
  for (const FastChar& e : chars_) {
    if (e.kind != FastKind::kByte) continue;
    const auto b = static_cast<unsigned char>(e.bytes[0]);
    if (b >= 0x80 || e.line_break || ascii_folded_[b] != e.bytes[0] ||
        ascii_symbols_[b] != e.symbol) {
      std::abort();
    }
  }
}

const FastTable& fast_table() {
  static const FastTable table;
  return table;
}

}  // namespace pv::policy::detail
