// The scheduler's durable queue and the record of every publishing attempt
// (schema 6). src/sharing/scheduler decides; this only stores, with the
// conditional updates that make a claim atomic across servers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct PublishJobRow {
  std::string share_id;
  std::string account_key;
  std::string state = "waiting";  // waiting, claimed, done
  TimePoint due_at;
  int attempts = 0;
  std::optional<std::string> lease_owner;
  std::optional<TimePoint> lease_expires_at;
  std::optional<TimePoint> last_started_at;
  std::optional<TimePoint> posted_at;
  TimePoint created_at;
};

struct PublishAttemptRow {
  std::int64_t id = 0;  // assigned by insert_attempt()
  std::string share_id;
  int attempt = 0;
  std::string worker;
  TimePoint started_at;
  std::optional<TimePoint> finished_at;
  std::optional<std::string> outcome;  // none while in flight
  std::string detail;
  std::optional<TimePoint> retry_at;
};

class PublishJobRepo {
 public:
  virtual ~PublishJobRepo() = default;
  virtual void insert(const PublishJobRow& job) = 0;
  virtual std::optional<PublishJobRow> find(const std::string& share_id) = 0;
  // Waiting jobs due at `now`, earliest first.
  virtual std::vector<PublishJobRow> due(TimePoint now, int limit) = 0;
  // Claimed jobs whose lease ran out before `now`.
  virtual std::vector<PublishJobRow> expired(TimePoint now, int limit) = 0;

  // waiting → claimed for `owner` until `lease_until`, counting an attempt;
  // false (and nothing changed) when the job was not waiting any more.
  virtual bool claim(const std::string& share_id, const std::string& owner, TimePoint now,
                     TimePoint lease_until) = 0;
  // claimed by `owner` → waiting, due at `due_at`; false when not held by `owner`.
  virtual bool release(const std::string& share_id, const std::string& owner, TimePoint due_at) = 0;
  // claimed by `owner` → done; `posted_at` when the post went out or may
  // have; false when not held by `owner`.
  virtual bool finish(const std::string& share_id, const std::string& owner,
                      std::optional<TimePoint> posted_at) = 0;
  // waiting → done (cancelled, decided otherwise); false when not waiting.
  virtual bool drop(const std::string& share_id) = 0;
  // waiting → waiting at a later time (daily limit, spacing); false when not waiting.
  virtual bool defer(const std::string& share_id, TimePoint due_at) = 0;

  // Posts of the account that went out (or may have, or are going out now)
  // at or after `since`.
  virtual std::int64_t account_posts_since(const std::string& account_key, TimePoint since) = 0;
  // When the account's latest post went out or started going out.
  virtual std::optional<TimePoint> account_last_post(const std::string& account_key) = 0;
  // Jobs by state, for the metrics.
  virtual std::vector<std::pair<std::string, std::int64_t>> count_by_state() = 0;

  virtual std::int64_t insert_attempt(const PublishAttemptRow& attempt) = 0;
  virtual void finish_attempt(std::int64_t id, TimePoint finished_at, const std::string& outcome,
                              const std::string& detail, std::optional<TimePoint> retry_at) = 0;
  // The share's attempts, oldest first.
  virtual std::vector<PublishAttemptRow> attempts(const std::string& share_id) = 0;
};

}  // namespace pv::store
