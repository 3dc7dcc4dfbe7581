#include "support/temp_dir.h"

#include <stdexcept>
#include <string>

#include <stdlib.h>

namespace pv::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "portevoix-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace pv::testing
