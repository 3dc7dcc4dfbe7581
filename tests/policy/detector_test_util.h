// Test helpers for the detector tests: the text each span covers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "policy/byte_span.h"

namespace pv::policy::testing {

inline std::vector<std::string> covered(std::string_view text, const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans)
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// Names parameterised cases after their `name` member.
template <class Param>
std::string case_name(const ::testing::TestParamInfo<Param>& param) {
  return param.param.name;
}

}  // namespace pv::policy::testing
