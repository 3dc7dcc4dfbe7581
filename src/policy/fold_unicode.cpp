#include "policy/fold_unicode.h"

#include <cstdlib>

#include <utf8proc.h>

namespace pv::policy::detail {
namespace {

constexpr auto kNfkc =
    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
constexpr auto kNfd = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);

bool is_letter_or_digit(utf8proc_category_t c) {
  switch (c) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND: return true;
    default: return false;
  }
}

bool is_mark(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

// Hangul vowel and final jamo compose with the syllable before them, and have
// combining class 0, so nothing else in their properties says so.
bool is_hangul_vowel_or_final(char32_t c) {
  return (c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2);
}

// A starter that no composition can take as its second character.
bool is_inert_starter(char32_t c) {
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->combining_class == 0 && !is_mark(static_cast<utf8proc_category_t>(p->category)) &&
         !is_hangul_vowel_or_final(c);
}

// utf8proc_decompose into `buffer`, growing it until the result fits (it
// reorders combining marks only when the whole result fits).
std::size_t decompose(const std::string& utf8, std::vector<std::int32_t>& buffer,
                      utf8proc_option_t options) {
  if (buffer.size() < utf8.size() + 8) buffer.resize(utf8.size() + 8);
  for (;;) {
    const utf8proc_ssize_t n =
        utf8proc_decompose(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                           static_cast<utf8proc_ssize_t>(utf8.size()), buffer.data(),
                           static_cast<utf8proc_ssize_t>(buffer.size()), options);
    if (n < 0) std::abort();  // the input is well-formed UTF-8 built just above
    if (static_cast<std::size_t>(n) <= buffer.size()) return static_cast<std::size_t>(n);
    buffer.resize(static_cast<std::size_t>(n));
  }
}

void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, static_cast<std::size_t>(encode_utf8(cp, bytes)));
}

constexpr char32_t kDeleted = 0xFFFFFFFF;

// Steps 2 and 3 for one character of the NFD text: what it becomes, or
// kDeleted.
char32_t map_character(char32_t c, utf8proc_category_t category) {
  if (is_mark(category) || category == UTF8PROC_CATEGORY_CF) return kDeleted;
  if (is_white_space(c)) return U' ';
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC: return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A: return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: return U'-';
    default: return c;
  }
}

}  // namespace

CharClass classify_folded(char32_t c) {
  switch (c) {
    case U' ': return CharClass::kSpace;
    case U'%': return CharClass::kPercent;
    case U'.':
    case U'!':
    case U'?':
    case U';': return CharClass::kSentenceEnd;
    case U'"':
    case U'\'':
    case U')':
    case U']':
    case U'}': return CharClass::kCloser;
    default: break;
  }
  if (c < 0x80) {
    const bool alnum =
        (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    return alnum ? CharClass::kWord : CharClass::kOther;
  }
  return is_letter_or_digit(utf8proc_category(static_cast<utf8proc_int32_t>(c)))
             ? CharClass::kWord
             : CharClass::kOther;
}

bool is_white_space(char32_t c) {
  switch (c) {
    case 0x0009:
    case 0x000A:
    case 0x000B:
    case 0x000C:
    case 0x000D:
    case 0x0020:
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_line_break(char32_t c) {
  return (c >= 0x000A && c <= 0x000D) || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

bool starts_cluster(char32_t c) {
  if (c < 0x80) return true;
  if (!is_inert_starter(c)) return false;
  // A compatibility decomposition may begin with a character that composes
  // backwards (U+FF9E is U+3099; U+314F is U+1161).
  utf8proc_int32_t decomposed[32];
  int boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), decomposed, 32,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE), &boundclass);
  return n <= 0 || is_inert_starter(static_cast<char32_t>(decomposed[0]));
}

void fold_cluster(std::u32string_view cluster, FoldScratch& scratch, std::u32string& out) {
  // Step 1: NFKC, then full case folding.
  scratch.utf8.clear();
  for (char32_t c : cluster)
    append_utf8(scratch.utf8, c);
  std::size_t n = decompose(scratch.utf8, scratch.nfkc, kNfkc);
  n = static_cast<std::size_t>(
      utf8proc_normalize_utf32(scratch.nfkc.data(), static_cast<utf8proc_ssize_t>(n), kNfkc));
  scratch.utf8.clear();
  for (std::size_t i = 0; i < n; ++i) {
    utf8proc_int32_t folded[16];
    int boundclass = 0;
    const utf8proc_ssize_t m =
        utf8proc_decompose_char(scratch.nfkc[i], folded, 16, UTF8PROC_CASEFOLD, &boundclass);
    if (m < 0 || m > 16) std::abort();  // full case folding gives at most 3 characters
    for (utf8proc_ssize_t j = 0; j < m; ++j)
      append_utf8(scratch.utf8, static_cast<char32_t>(folded[j]));
  }
  // Step 2: NFD, marks and format characters dropped, ligatures split; step 3.
  n = decompose(scratch.utf8, scratch.nfd, kNfd);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<char32_t>(scratch.nfd[i]);
    const char32_t mapped = map_character(c, utf8proc_category(scratch.nfd[i]));
    if (mapped == kDeleted) continue;
    if (mapped == U'œ') {
      out += U"oe";
    } else if (mapped == U'æ') {
      out += U"ae";
    } else {
      out += mapped;
    }
  }
}

}  // namespace pv::policy::detail
