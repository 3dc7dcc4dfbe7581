#include "policy/number_run.h"

#include "policy/char_class.h"

namespace pv::policy {

std::vector<NumberRun> find_number_runs(std::string_view text) {
  std::vector<NumberRun> runs;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (!is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    NumberRun run;
    const std::size_t start = i;
    std::size_t j = i;
    while (true) {
      const std::size_t group = j;
      while (j < n && is_ascii_digit(text[j]))
        ++j;
      run.group_sizes.push_back(static_cast<std::uint32_t>(j - group));
      run.digits.append(text.substr(group, j - group));
      // A single space or hyphen joins the next group only when a digit follows.
      if (j + 1 < n && (text[j] == ' ' || text[j] == '-') && is_ascii_digit(text[j + 1])) {
        run.separators.push_back(text[j]);
        ++j;
        continue;
      }
      break;
    }
    run.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(j)};
    if (!letter_or_digit_before(text, start) && !letter_or_digit_at(text, j)) {
      runs.push_back(std::move(run));
    }
    i = j;
  }
  return runs;
}

bool passes_luhn(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;  // every second digit from the right is doubled
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (!is_ascii_digit(*it)) return false;
    int d = *it - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

}  // namespace pv::policy
