// The review queue as stored: reviews of any kind (content now; shares and
// samples later) and the decisions taken on them. src/review gives them their
// meaning.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct ReviewRow {
  std::string id;
  std::string kind;  // content, share, sample
  std::string subject_id;
  std::optional<std::int64_t> subject_version;
  std::string author_id;
  int level = 1;       // 1, or 2 once escalated
  std::string status;  // open, approved, rejected, cancelled
  std::string text;
  std::string verdict;  // JSON
  std::optional<std::int64_t> charter_version_id;
  TimePoint opened_at;
  TimePoint due_at;
  std::optional<TimePoint> closed_at;
};

struct ReviewDecisionRow {
  std::string review_id;
  int seq = 0;  // 1, 2... per review
  int level = 1;
  std::string decision;  // approve, reject, escalate
  std::string reviewer_id;
  std::string note;
  std::optional<std::string> reason;
  std::optional<std::int64_t> charter_version_id;
  TimePoint decided_at;
};

struct ReviewCursor {
  std::int64_t opened_at = 0;  // ms
  std::string id;
};

struct ReviewQuery {
  std::optional<std::string> status;
  std::optional<std::string> kind;
  std::optional<int> level;
  bool newest_first = false;  // oldest first by default: the queue's order
  std::optional<ReviewCursor> after;
  int limit = 50;
};

class ReviewRepo {
 public:
  virtual ~ReviewRepo() = default;
  virtual void insert(const ReviewRow& row) = 0;
  // Replaces level, status and closed_at (the rest never changes).
  virtual void update(const ReviewRow& row) = 0;
  virtual std::optional<ReviewRow> find(const std::string& id) = 0;
  virtual std::vector<ReviewRow> list(const ReviewQuery& query) = 0;
  // The newest review of a subject (of one version, when given).
  virtual std::optional<ReviewRow> latest_for_subject(const std::string& kind,
                                                      const std::string& subject_id,
                                                      std::optional<std::int64_t> version) = 0;

  virtual void add_decision(const ReviewDecisionRow& row) = 0;
  // In order.
  virtual std::vector<ReviewDecisionRow> decisions(const std::string& review_id) = 0;
};

}  // namespace pv::store
