// The usage charter's stored versions and acknowledgements. src/charter gives
// them their meaning (the version in force is the newest).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct CharterVersionRow {
  std::int64_t id = 0;  // assigned by insert()
  std::string version;  // the author's label, unique
  std::string charter_id;
  std::string document;  // JSON text
  std::string created_by;
  TimePoint created_at;
};

class CharterRepo {
 public:
  virtual ~CharterRepo() = default;
  // Returns the new id. Throws Error(kUniqueViolation) for a label used before.
  virtual std::int64_t insert(const CharterVersionRow& row) = 0;
  virtual std::optional<CharterVersionRow> find(std::int64_t id) = 0;
  virtual std::optional<CharterVersionRow> find_by_label(const std::string& version) = 0;
  // The newest version's id (cheap: called on every check to notice a new version).
  virtual std::optional<std::int64_t> latest_id() = 0;
  // Newest first, without their documents.
  virtual std::vector<CharterVersionRow> list() = 0;

  virtual void acknowledge(const std::string& user_id, std::int64_t version_id, TimePoint at) = 0;
  virtual std::optional<TimePoint> acknowledged_at(const std::string& user_id,
                                                   std::int64_t version_id) = 0;
};

}  // namespace pv::store
