// Idempotency keys (API.md conventions): the first response to a creating
// request, kept with the key for 24 hours and written in the same transaction
// as what the request created.
#pragma once

#include <optional>
#include <string>

#include "util/clock.h"

namespace pv::store {

struct IdempotencyRow {
  std::string user_id;
  std::string key;
  std::string request_hash;  // hex SHA-256 of method, path and body
  int status = 0;
  std::string response_body;
  TimePoint created_at;
};

class IdempotencyRepo {
 public:
  virtual ~IdempotencyRepo() = default;
  virtual std::optional<IdempotencyRow> find(const std::string& user_id,
                                             const std::string& key) = 0;
  virtual void insert(const IdempotencyRow& row) = 0;
  virtual void remove_before(TimePoint cutoff) = 0;
};

}  // namespace pv::store
