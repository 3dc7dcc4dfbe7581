#include "util/ids.h"

#include <cstdint>

#include "util/crypto.h"

namespace pv {
namespace {
constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
}

std::string new_id(TimePoint now) {
  auto ms = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
  std::string random = crypto::random_bytes(10);
  // 128 bits: 48 of time, then 80 random; written as 26 groups of 5 bits (130 bits,
  // the first two always zero).
  unsigned char raw[16];
  for (int i = 0; i < 6; ++i)
    raw[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
  for (int i = 0; i < 10; ++i)
    raw[6 + i] = static_cast<unsigned char>(random[i]);
  std::string out(26, '0');
  for (int i = 0; i < 26; ++i) {
    int bit = 130 - 5 * (i + 1);  // lowest bit index of this group
    unsigned value = 0;
    for (int b = 4; b >= 0; --b) {
      int index = bit + b;  // counted from the least significant bit of raw
      unsigned v = 0;
      if (index < 128) v = (raw[15 - index / 8] >> (index % 8)) & 1u;
      value = (value << 1) | v;
    }
    out[i] = kAlphabet[value];
  }
  return out;
}

bool is_id(const std::string& text) {
  if (text.size() != 26) return false;
  for (char c : text) {
    bool ok = false;
    for (const char* a = kAlphabet; *a; ++a)
      ok = ok || (*a == c);
    if (!ok) return false;
  }
  return true;
}

}  // namespace pv
