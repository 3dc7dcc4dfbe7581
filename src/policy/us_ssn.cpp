#include "policy/us_ssn.h"

namespace pv::policy {

bool is_us_ssn(const NumberRun& run) {
  const auto& g = run.group_sizes;
  if (g.size() != 3 || g[0] != 3 || g[1] != 2 || g[2] != 4) return false;
  if (run.separators[0] != run.separators[1]) return false;
  const std::string_view d = run.digits;
  const auto area = d.substr(0, 3);
  const auto group = d.substr(3, 2);
  const auto serial = d.substr(5, 4);
  if (area == "000" || area == "666" || area[0] == '9') return false;
  return group != "00" && serial != "0000";
}

std::vector<ByteSpan> find_us_ssns(std::string_view folded) {
  std::vector<ByteSpan> out;
  for (const auto& run : find_number_runs(folded)) {
    if (is_us_ssn(run)) out.push_back(run.span);
  }
  return out;
}

}  // namespace pv::policy
