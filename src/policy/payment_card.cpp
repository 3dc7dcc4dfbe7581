#include "policy/payment_card.h"

namespace pv::policy {

bool is_payment_card(const NumberRun& run) {
  const std::size_t n = run.digits.size();
  if (n < 13 || n > 19) return false;
  if (run.digits[0] < '2' || run.digits[0] > '6') return false;
  return passes_luhn(run.digits);
}

std::vector<ByteSpan> find_payment_cards(std::string_view folded) {
  std::vector<ByteSpan> out;
  for (const auto& run : find_number_runs(folded)) {
    if (is_payment_card(run)) out.push_back(run.span);
  }
  return out;
}

}  // namespace pv::policy
