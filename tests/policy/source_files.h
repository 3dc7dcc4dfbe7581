// Test helper: the text of a file of the source tree (schema/, tests/), read
// through PV_SOURCE_DIR, which tests/policy/CMakeLists.txt defines.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace pv::policy::testing {

inline std::string read_source_file(std::string_view relative) {
  const std::string path = std::string(PV_SOURCE_DIR) + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace pv::policy::testing
