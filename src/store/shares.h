// Shares as stored (schema 6). src/sharing gives them their meaning: the
// statuses of API.md, the verdict's JSON, the composed text.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct ShareRow {
  std::string id;
  std::string user_id;
  std::string content_id;
  std::int64_t content_version = 0;
  std::string network;  // linkedin, x, facebook
  std::string status;   // API.md's share statuses
  std::string caption;
  std::string origin;  // library, edited
  std::string text;
  std::optional<std::string> link_code;
  std::string verdict;         // JSON
  std::string verdict_action;  // allow, warn, flag, review, block
  std::int64_t charter_version_id = 0;
  bool promotional = false;
  bool review_after = false;  // flagged: opened for review once published
  TimePoint scheduled_at;
  std::optional<std::string> account_id;
  std::optional<std::string> intent_url;
  bool text_verified = true;
  std::optional<std::string> review_id;         // held for review before publication
  std::optional<std::string> sample_review_id;  // reviewed after publication
  std::optional<std::string> post_id;
  std::optional<std::string> post_url;
  std::optional<std::string> failure_reason;
  std::optional<TimePoint> published_at;
  TimePoint created_at;
  TimePoint updated_at;
};

struct ShareFilter {
  std::optional<std::string> user_id;
  std::optional<std::string> status;
  std::optional<std::string> content_id;
  std::optional<std::string> before_id;  // newest first: ids strictly before this one
  int limit = 50;
};

// Shares an advisor created in a period, not counting cancelled or blocked ones.
struct ShareTally {
  std::int64_t total = 0;
  std::int64_t promotional = 0;
};

class ShareRepo {
 public:
  virtual ~ShareRepo() = default;
  virtual void insert(const ShareRow& share) = 0;
  // Replaces every field but id, user_id, content_id, content_version,
  // network and created_at.
  virtual void update(const ShareRow& share) = 0;
  virtual std::optional<ShareRow> find(const std::string& id) = 0;
  // Newest first.
  virtual std::vector<ShareRow> list(const ShareFilter& filter) = 0;
  // The user's shares created at or after `since` that count toward the
  // charter's context (not cancelled, not blocked).
  virtual ShareTally tally_since(const std::string& user_id, TimePoint since) = 0;
  // Which of `content_ids` the user has a share of that was not cancelled,
  // blocked or rejected.
  virtual std::set<std::string> shared_content(const std::string& user_id,
                                               const std::vector<std::string>& content_ids) = 0;
  // The user's shares published at or after `since` that were opened for
  // review after publication.
  virtual std::int64_t count_sampled_since(const std::string& user_id, TimePoint since) = 0;
  // Shares by status, for the metrics.
  virtual std::vector<std::pair<std::string, std::int64_t>> count_by_status() = 0;
};

}  // namespace pv::store
