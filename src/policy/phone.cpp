#include "policy/phone.h"

#include <optional>

#include "policy/char_class.h"

namespace pv::policy {
namespace {

class PhoneMatcher {
 public:
  explicit PhoneMatcher(std::string_view text) : t_(text) {}

  // The end of a phone number starting exactly at `p`, if one does.
  std::optional<std::size_t> match(std::size_t p) const {
    std::size_t i = p;
    if (at(i) == '+') {
      if (at(i + 1) != '1') return std::nullopt;
      i = skip_separator(i + 2);
    } else if (at(i) == '1') {
      // An area code never starts with 1, so a leading 1 is the country code.
      i = skip_separator(i + 1);
    }
    return match_national(i);
  }

 private:
  char at(std::size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  bool digit(std::size_t i) const { return is_ascii_digit(at(i)); }
  bool nxx(std::size_t i) const {
    return at(i) >= '2' && at(i) <= '9' && digit(i + 1) && digit(i + 2);
  }
  std::size_t skip_separator(std::size_t i) const {
    const char c = at(i);
    return (c == ' ' || c == '.' || c == '-') ? i + 1 : i;
  }

  std::optional<std::size_t> match_national(std::size_t i) const {
    if (at(i) == '(') {
      if (!nxx(i + 1) || at(i + 4) != ')') return std::nullopt;
      i += 5;
    } else {
      if (!nxx(i)) return std::nullopt;
      i += 3;
    }
    i = skip_separator(i);
    if (!nxx(i)) return std::nullopt;
    i = skip_separator(i + 3);
    for (int k = 0; k < 4; ++k) {
      if (!digit(i + k)) return std::nullopt;
    }
    i += 4;
    if (letter_or_digit_at(t_, i)) return std::nullopt;
    return i;
  }

  std::string_view t_;
};

bool can_start(char c) {
  return c == '+' || c == '(' || is_ascii_digit(c);
}

}  // namespace

std::vector<ByteSpan> find_phones(std::string_view folded) {
  std::vector<ByteSpan> out;
  const PhoneMatcher matcher(folded);
  std::size_t p = 0;
  while (p < folded.size()) {
    if (!can_start(folded[p]) || letter_or_digit_before(folded, p) ||
        (p > 0 && folded[p - 1] == '+')) {
      ++p;
      continue;
    }
    if (auto end = matcher.match(p)) {
      out.push_back({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(*end)});
      p = *end;
    } else {
      ++p;
    }
  }
  return out;
}

}  // namespace pv::policy
