// The review queue's vocabulary (API.md, "Review"): kinds, decisions, the
// configured rules, and what a kind of subject does when decided.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "review/due_time.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::review {

// `content` now; the sharing work adds `share` and `sample`.
enum class Kind { kContent, kShare, kSample };
std::string_view to_string(Kind kind);
std::optional<Kind> parse_kind(std::string_view name);

enum class Decision { kApprove, kReject, kEscalate };
std::string_view to_string(Decision decision);
std::optional<Decision> parse_decision(std::string_view name);

inline constexpr const char* kOpen = "open";
inline constexpr const char* kApproved = "approved";
inline constexpr const char* kRejected = "rejected";
inline constexpr const char* kCancelled = "cancelled";

struct ReviewOptions {
  int sla_business_days = 1;
  BusinessCalendar calendar;
  // Reason codes a reject or an escalation must give one of.
  std::vector<std::string> reasons;
  // The name of the group whose members decide second-level reviews, besides
  // admins; none: admins only.
  std::optional<std::string> second_level_group;
};

// The defaults of review.reasons.
std::vector<std::string> default_reasons();

struct NewReview {
  Kind kind = Kind::kContent;
  std::string subject_id;
  std::optional<std::int64_t> subject_version;
  std::string author_id;
  std::string text;
  nlohmann::json verdict;
  std::optional<std::int64_t> charter_version_id;
};

struct DecisionInput {
  Decision decision = Decision::kApprove;
  std::string note;
  std::optional<std::string> reason;
};

// What a kind of subject does with the queue's decisions: the content library
// for `content`, the sharing work for its own kinds. Called inside the
// decision's write transaction, so that the subject and the review change
// together or not at all.
class SubjectHandler {
 public:
  virtual ~SubjectHandler() = default;
  // Whether `user_id` wrote the subject (besides the review's author): they
  // may not decide it either.
  virtual bool is_author(store::Tx& tx, const store::ReviewRow& review,
                         const std::string& user_id) = 0;
  // The review was approved or rejected (never escalate: that stays in the queue).
  virtual void on_decided(store::Tx& tx, const store::ReviewRow& review,
                          const store::ReviewDecisionRow& decision) = 0;
  // The subject as a reviewer reads it (GET /api/v1/reviews/{id}).
  virtual nlohmann::json subject_json(store::Tx& tx, const store::ReviewRow& review) = 0;
};

}  // namespace pv::review
