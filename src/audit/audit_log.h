// The audit log: append-only and tamper-evident (DESIGN.md, "Durability").
// Each entry's hash is HMAC-SHA256, under the audit key (configuration, never
// the database), of the previous entry's hash and the entry's canonical JSON
// (RFC 8785). An entry is written in the same transaction as the change it
// records, and the head goes to the checkpoint after each commit.
//
// Thread safety: record() runs inside a store write, on the writer's thread;
// verify() from any thread.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/checkpoint.h"
#include "store/database.h"
#include "util/clock.h"

namespace pv::audit {

struct Entry {
  std::string actor;  // user id, or "system"
  std::string action;
  std::string entity;
  std::string entity_id;
  nlohmann::json data = nlohmann::json::object();
};

struct VerifyReport {
  bool ok = true;
  std::int64_t entries = 0;
  std::optional<Head> head;
  std::optional<Head> checkpoint;
  // The first problem found: which entry (0 when it concerns the whole log)
  // and what is wrong with it.
  std::int64_t broken_seq = 0;
  std::string problem;

  nlohmann::json to_json() const;
};

class AuditLog {
 public:
  AuditLog(std::string key, const Clock& clock, Checkpoint& checkpoint);

  // Appends `entry` in `tx`'s transaction; its head reaches the checkpoint
  // once the transaction commits.
  void record(store::Tx& tx, const Entry& entry);

  // Recomputes the whole chain from the first entry and compares its end with
  // the checkpoint's last head.
  VerifyReport verify(store::Database& db) const;

  // At start-up: a crash between a commit and its checkpoint append leaves
  // the checkpoint one batch behind; catch it up (never backwards).
  void sync_checkpoint(store::Database& db);

  // The hash an entry must carry, given the previous entry's hash.
  std::string hash_of(const store::AuditRow& row) const;

 private:
  std::string key_;
  const Clock& clock_;
  Checkpoint& checkpoint_;
};

}  // namespace pv::audit
