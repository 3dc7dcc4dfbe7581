#include "util/utf8.h"

#include <gtest/gtest.h>

namespace pv {
namespace {

TEST(Utf8, Validates) {
  struct Case {
    std::string text;
    bool valid;
  } cases[] = {
      {"", true},
      {"plain ascii", true},
      {"\xC3\xA9pargne", true},     // é
      {"\xE2\x80\x99", true},       // ’
      {"\xF0\x9F\x98\x80", true},   // 😀
      {"\xC3", false},              // truncated
      {"\xC0\xAF", false},          // overlong '/'
      {"\xE0\x80\xAF", false},      // overlong
      {"\xED\xA0\x80", false},      // surrogate
      {"\xF4\x90\x80\x80", false},  // above U+10FFFF
      {"\x80", false},              // lone continuation
      {"ok\xFF", false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(is_valid_utf8(c.text), c.valid) << c.text;
}

}  // namespace
}  // namespace pv
