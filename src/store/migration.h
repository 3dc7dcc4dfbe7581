// A numbered, forward-only schema migration (schema/<engine>/NNNN_name.sql),
// embedded in the binary at build time.
#pragma once

#include <string>
#include <vector>

namespace pv::store {

struct Migration {
  int version;       // 1, 2, 3...: the file's position, which its number must match
  std::string name;  // "0001_init"
  std::string sql;
};

}  // namespace pv::store
