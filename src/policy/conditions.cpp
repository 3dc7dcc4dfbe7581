#include "policy/conditions.h"

#include <algorithm>

namespace pv::policy {
namespace {

std::vector<std::string_view> words_of(const FoldedText& text) {
  std::vector<std::string_view> out;
  out.reserve(text.words().size());
  for (std::size_t i = 0; i < text.words().size(); ++i)
    out.push_back(text.word(i));
  return out;
}

}  // namespace

std::size_t word_edit_distance(const std::vector<std::string_view>& a,
                               const std::vector<std::string_view>& b, std::size_t cap) {
  // What both share at either end costs nothing; edits are usually few.
  std::size_t lo = 0;
  while (lo < a.size() && lo < b.size() && a[lo] == b[lo])
    ++lo;
  std::size_t na = a.size();
  std::size_t nb = b.size();
  while (na > lo && nb > lo && a[na - 1] == b[nb - 1]) {
    --na;
    --nb;
  }
  const std::size_t m = nb - lo;
  if (na - lo == 0 || m == 0) return std::min(cap, std::max(na - lo, m));
  // Two rows of the classic table; a row's minimum never decreases, so once
  // it reaches `cap` the distance is at least `cap`.
  std::vector<std::size_t> prev(m + 1);
  std::vector<std::size_t> row(m + 1);
  for (std::size_t j = 0; j <= m; ++j)
    prev[j] = j;
  for (std::size_t i = lo; i < na; ++i) {
    row[0] = i - lo + 1;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t replace = prev[j - 1] + (a[i] == b[lo + j - 1] ? 0 : 1);
      row[j] = std::min({replace, prev[j] + 1, row[j - 1] + 1});
      best = std::min(best, row[j]);
    }
    if (best >= cap) return cap;
    std::swap(prev, row);
  }
  return std::min(prev[m], cap);
}

bool holds(const EditedOverExpr& e, const FoldedText& post, const CheckContext& context) {
  if (!context.approved_text) return false;
  const FoldedText approved = fold(*context.approved_text);
  const auto approved_words = words_of(approved);
  const double total = static_cast<double>(std::max<std::size_t>(approved_words.size(), 1));
  // The least distance whose ratio exceeds e.ratio; computing the exact
  // distance beyond it would change nothing.
  const double start = e.ratio * total;
  std::size_t needed = start > 1 ? static_cast<std::size_t>(start) - 1 : 0;
  while (static_cast<double>(needed) / total <= e.ratio)
    ++needed;
  return word_edit_distance(words_of(post), approved_words, needed) >= needed;
}

bool holds(const SharesTodayOverExpr& e, const CheckContext& context) {
  return context.shares_today && *context.shares_today >= 0 &&
         static_cast<std::uint64_t>(*context.shares_today) > e.count;
}

bool holds(const PromotionalShareOverExpr& e, const CheckContext& context) {
  return context.promotional_share && *context.promotional_share > e.ratio;
}

bool holds(const LanguageNotExpr& e, const CheckContext& context) {
  if (!context.language) return false;
  const std::string language = primary_language(*context.language);
  return std::find(e.languages.begin(), e.languages.end(), language) == e.languages.end();
}

}  // namespace pv::policy
