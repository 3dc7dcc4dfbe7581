#include "sharing/punycode.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "sharing/utf16.h"

namespace pv::sharing::x_text {
namespace {

// RFC 3492, section 5.
constexpr std::uint64_t kBase = 36;
constexpr std::uint64_t kTMin = 1;
constexpr std::uint64_t kTMax = 26;
constexpr std::uint64_t kSkew = 38;
constexpr std::uint64_t kDamp = 700;
constexpr std::uint64_t kInitialBias = 72;
constexpr std::uint64_t kInitialN = 128;
constexpr std::uint64_t kMaxInt = std::numeric_limits<std::int32_t>::max();  // as punycode.js

std::uint64_t adapt(std::uint64_t delta, std::uint64_t points, bool first) {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / points;
  std::uint64_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

bool is_separator(char16_t c) {
  return c == u'.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61;
}

}  // namespace

std::optional<std::size_t> punycode_length(std::u32string_view input) {
  std::size_t out = 0;
  std::uint64_t basic = 0;
  for (const char32_t c : input) {
    if (c < 0x80) ++basic;
  }
  out += basic;
  if (basic > 0) ++out;  // the delimiter
  std::uint64_t n = kInitialN;
  std::uint64_t delta = 0;
  std::uint64_t bias = kInitialBias;
  std::uint64_t handled = basic;
  while (handled < input.size()) {
    std::uint64_t m = kMaxInt;
    for (const char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > (kMaxInt - delta) / (handled + 1)) return std::nullopt;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const char32_t c : input) {
      if (c < n && ++delta > kMaxInt) return std::nullopt;
      if (c != n) continue;
      std::uint64_t q = delta;
      for (std::uint64_t k = kBase;; k += kBase) {
        const std::uint64_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
        if (q < t) break;
        ++out;
        q = (q - t) / (kBase - t);
      }
      ++out;
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return out;
}

std::optional<std::size_t> to_ascii_length(std::u16string_view label) {
  std::size_t total = 0;
  std::size_t start = 0;
  while (true) {
    std::size_t end = start;
    while (end < label.size() && !is_separator(label[end]))
      ++end;
    const auto part = label.substr(start, end - start);
    if (std::any_of(part.begin(), part.end(), [](char16_t c) { return c >= 0x80; })) {
      std::u32string cps;
      for (std::size_t i = 0; i < part.size();) {
        const auto cp = code_point_at(part, i);
        cps.push_back(cp.value);
        i += cp.units;
      }
      const auto len = punycode_length(cps);
      if (!len) return std::nullopt;
      total += 4 + *len;
    } else {
      total += part.size();
    }
    if (end == label.size()) break;
    ++total;  // the '.' that joins the parts again
    start = end + 1;
  }
  return total;
}

}  // namespace pv::sharing::x_text
