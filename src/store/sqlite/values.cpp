// How the repositories store times (milliseconds since the Unix epoch) and
// lists of strings (JSON arrays).
#include <nlohmann/json.hpp>

#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {

std::int64_t to_millis(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

TimePoint from_millis(std::int64_t ms) {
  return TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(ms)));
}

std::optional<std::int64_t> to_millis(const std::optional<TimePoint>& t) {
  if (!t) return std::nullopt;
  return to_millis(*t);
}

std::optional<TimePoint> from_millis(const std::optional<std::int64_t>& ms) {
  if (!ms) return std::nullopt;
  return from_millis(*ms);
}

std::string to_json_list(const std::vector<std::string>& list) {
  return nlohmann::json(list).dump();
}

std::vector<std::string> from_json_list(const std::string& text) {
  return nlohmann::json::parse(text).get<std::vector<std::string>>();
}

}  // namespace pv::store::sqlite
