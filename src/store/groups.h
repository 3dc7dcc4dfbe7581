// Groups: teams or regions that content is targeted to.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct GroupRow {
  std::string id;
  std::string name;  // unique
  std::string description;
  TimePoint created_at;
};

class GroupRepo {
 public:
  virtual ~GroupRepo() = default;
  // Throws Error(kUniqueViolation) when the name is taken.
  virtual void insert(const GroupRow& group) = 0;
  virtual std::optional<GroupRow> find(const std::string& id) = 0;
  virtual std::optional<GroupRow> find_by_name(const std::string& name) = 0;
  virtual std::vector<GroupRow> list() = 0;
};

}  // namespace pv::store
