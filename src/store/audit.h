// The audit log as stored: append-only rows; src/audit computes the hashes
// and verifies the chain.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pv::store {

struct AuditRow {
  std::int64_t seq = 0;  // 1, 2, 3... with no gaps
  std::string at;        // RFC 3339 with milliseconds, as hashed
  std::string actor;     // user id, or "system"
  std::string action;    // e.g. "user.create"
  std::string entity;    // e.g. "user"
  std::string entity_id;
  std::string data;       // canonical JSON, as hashed
  std::string prev_hash;  // hex; 64 zeros for the first entry
  std::string hash;       // hex HMAC-SHA256
};

struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

struct AuditFilter {
  std::optional<std::string> entity;
  std::optional<std::string> entity_id;
  std::optional<std::string> from;  // RFC 3339, inclusive
  std::optional<std::string> to;    // RFC 3339, exclusive
  std::optional<std::int64_t> after_seq;
  int limit = 50;
};

class AuditRepo {
 public:
  virtual ~AuditRepo() = default;
  virtual void append(const AuditRow& row) = 0;
  virtual std::optional<AuditHead> head() = 0;
  // Newest first would hide gaps; entries come in ascending seq order.
  virtual std::vector<AuditRow> list(const AuditFilter& filter) = 0;
  // Every row in ascending seq order, one at a time (for verification).
  virtual void scan(const std::function<void(const AuditRow&)>& fn) = 0;
};

}  // namespace pv::store
