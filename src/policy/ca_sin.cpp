#include "policy/ca_sin.h"

#include <algorithm>
#include <array>

#include "policy/char_class.h"

namespace pv::policy {
namespace {

constexpr std::array<std::string_view, 5> kCurrencyWords = {"dollar", "dollars", "cad", "usd",
                                                            "eur"};

bool is_amount_word(std::string_view word) {
  for (auto w : kCurrencyWords) {
    if (word == w) return true;
  }
  return false;
}

bool is_amount_sign(char32_t c) {
  return c == U'$' || c == 0x20AC || c == 0xA3 || c == U'%';
}

// An amount sign or currency word right before `pos`, spaces allowed between.
bool amount_before(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ')
    --pos;
  const char32_t c = code_point_before(text, pos);
  if (is_amount_sign(c)) return true;
  // The whole word that ends at pos (letters and digits).
  std::size_t start = pos;
  for (char32_t p = code_point_before(text, start); start > 0 && is_letter_or_digit(p);
       p = code_point_before(text, start)) {
    start -= utf8_size(p);
  }
  return start < pos && is_amount_word(text.substr(start, pos - start));
}

// An amount sign or currency word right after `pos`, spaces allowed between.
bool amount_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ')
    ++pos;
  if (pos >= text.size()) return false;
  if (is_amount_sign(code_point_at(text, pos))) return true;
  std::size_t end = pos;
  for (char32_t c = code_point_at(text, end); end < text.size() && is_letter_or_digit(c);
       c = code_point_at(text, end)) {
    end = std::min(end + utf8_size(c), text.size());
  }
  return end > pos && is_amount_word(text.substr(pos, end - pos));
}

bool decimal_part_after(std::string_view text, std::size_t pos) {
  return pos + 1 < text.size() && (text[pos] == ',' || text[pos] == '.') &&
         is_digit(code_point_at(text, pos + 1));
}

}  // namespace

bool is_ca_sin(const NumberRun& run, std::string_view folded) {
  const auto& g = run.group_sizes;
  const bool ungrouped = g.size() == 1 && g[0] == 9;
  const bool grouped = g.size() == 3 && g[0] == 3 && g[1] == 3 && g[2] == 3 &&
                       run.separators[0] == run.separators[1];
  if (!ungrouped && !grouped) return false;
  if (run.digits[0] == '0' || run.digits[0] == '8') return false;
  if (!passes_luhn(run.digits)) return false;
  return !amount_before(folded, run.span.begin) && !amount_after(folded, run.span.end) &&
         !decimal_part_after(folded, run.span.end);
}

std::vector<ByteSpan> find_ca_sins(std::string_view folded) {
  std::vector<ByteSpan> out;
  for (const auto& run : find_number_runs(folded)) {
    if (is_ca_sin(run, folded)) out.push_back(run.span);
  }
  return out;
}

}  // namespace pv::policy
