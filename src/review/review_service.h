// The review queue (API.md, "Review"): reviews opened by the modules that
// hold something back (the content library at submission; sharing later),
// listed for compliance oldest first with their due time, and decided:
// approve, reject or escalate to the second level (admins, or the configured
// group). Nobody decides their own subject; a decided review stays decided.
// Every decision is in the audit log with the reviewer, the time, the charter
// version in force and the note, in the same transaction as its effect.
//
// Thread-safe once the subject handlers are registered (at start-up).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "auth/user.h"
#include "charter/charter_service.h"
#include "review/review.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::review {

struct ReviewListQuery {
  std::optional<std::string> status = std::string(kOpen);  // nullopt: any
  std::optional<Kind> kind;
  std::optional<int> level;  // nullopt: every level the viewer may see
  bool newest_first = false;
  std::optional<store::ReviewCursor> after;
  int limit = 50;
};

struct ReviewPage {
  nlohmann::json items = nlohmann::json::array();
  std::optional<store::ReviewCursor> next;  // when more may follow
};

class ReviewService {
 public:
  ReviewService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                charter::CharterService& charter, ReviewOptions options);

  // At start-up, before serving: who handles the decisions of `kind`.
  void register_subject(Kind kind, SubjectHandler& handler);

  // Opens a level-1 review in `tx`, due after the configured business days.
  store::ReviewRow open(store::Tx& tx, const std::string& actor, const NewReview& review);
  // Closes the open reviews of a subject that was withdrawn (an archived item).
  void cancel_open(store::Tx& tx, const std::string& actor, Kind kind,
                   const std::string& subject_id);

  // 403 when the viewer may not see the level asked for: level 1 is for
  // compliance, level 2 for admins and the second-level group.
  Result<ReviewPage> list(const auth::User& viewer, const ReviewListQuery& query);
  // One review with its subject and its decisions; 404 when unknown.
  Result<nlohmann::json> get(const std::string& id);
  // 422 for a reject or an escalation without a note or a configured reason;
  // 404; 409 already_decided; 403 when the reviewer may not decide this level
  // or wrote the subject (own_item); 409 already_escalated for an escalation
  // at level 2. Returns the review as decided.
  Result<nlohmann::json> decide(const auth::User& reviewer, const std::string& id,
                                const DecisionInput& input);

  TimePoint due_at(TimePoint opened) const;
  const ReviewOptions& options() const { return options_; }

 private:
  bool may_see_level(store::Tx& tx, const auth::User& user, int level) const;
  SubjectHandler& handler_for(const std::string& kind) const;
  nlohmann::json review_json(store::Tx& tx, const store::ReviewRow& row) const;
  Status check_input(const DecisionInput& input) const;

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  charter::CharterService& charter_;
  ReviewOptions options_;
  std::map<std::string, SubjectHandler*> handlers_;
};

}  // namespace pv::review
