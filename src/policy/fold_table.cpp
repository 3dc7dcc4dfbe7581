#include "policy/fold_table.h"

#include <cstdlib>

namespace pv::policy::detail {
namespace {

FastSymbol symbol_of(CharClass c) {
  switch (c) {
    case CharClass::kWord:
      return FastSymbol::kWord;
    case CharClass::kPercent:
      return FastSymbol::kPercent;
    case CharClass::kSpace:
      return FastSymbol::kSpace;
    case CharClass::kSentenceEnd:
      return FastSymbol::kSentenceEnd;
    case CharClass::kCloser:
      return FastSymbol::kCloser;
    default:
      return FastSymbol::kOther;
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
    // Every ASCII character folds to one ASCII character, or a space.
    if (e.kind != FastKind::kByte && e.kind != FastKind::kSpace) std::abort();
    ascii_symbols_[c] = e.symbol;
    // append_fast's vector blocks assume ASCII folds as Unicode 15 says.
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digit = c >= '0' && c <= '9';
    if ((e.symbol == FastSymbol::kWord) != (letter || digit)) std::abort();
    if (e.kind == FastKind::kByte &&
        e.bytes[0] != (c >= 'A' && c <= 'Z' ? char(c + 32) : char(c))) {
      std::abort();
    }
    ascii_folded_[c] = e.kind == FastKind::kSpace ? ' ' : e.bytes[0];
  }
}

const FastTable& fast_table() {
  static const FastTable table;
  return table;
}

}  // namespace pv::policy::detail
