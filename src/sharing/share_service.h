// Shares (API.md, "Sharing"): an advisor shares a library item to one or more
// networks; each share is checked against the charter in force with the
// advisor's context, composed (caption, tracked link, the disclaimers the
// verdict chose), and stored with its verdict in one transaction, then
// published by the scheduler, held for review, blocked, or handed to the
// advisor as a share-intent link (share_plan.h).
//
// Also the subject of the review queue's `share` and `sample` kinds
// (share_review.h), and what the scheduler calls once a share is published
// (sampling).
//
// Thread-safe: state is in the store.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "auth/user.h"
#include "charter/charter_service.h"
#include "library/library_service.h"
#include "networks/account_service.h"
#include "policy/network.h"
#include "review/review_service.h"
#include "store/database.h"
#include "util/result.h"
#include "util/time_zone.h"

namespace pv::sharing {

struct ShareOptions {
  std::string public_url;  // tracked links are built on it
  TimeZone zone;           // the firm's: "today", "this month"
  double sample_rate = 0.02;
  int sample_min_per_month = 1;
  // Draws for sampling, in [0, 1); default: random.
  std::function<double()> draw;
};

struct PreviewRequest {
  std::string content_id;
  policy::Network network = policy::Network::kLinkedIn;
  std::optional<std::string> caption;
};

struct CreateRequest {
  std::string content_id;
  std::vector<policy::Network> networks;
  std::optional<std::string> caption;
  std::optional<TimePoint> scheduled_at;
};

struct ListRequest {
  bool mine = false;
  std::optional<std::string> status;
  std::optional<std::string> before_id;
  int limit = 50;
};

struct SharePage {
  nlohmann::json items = nlohmann::json::array();
  std::optional<std::string> next_before;
};

class ShareService {
 public:
  ShareService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
               charter::CharterService& charter, library::LibraryService& library,
               networks::AccountService& accounts, review::ReviewService& reviews,
               ShareOptions options);

  // The exact text that would be published, its length and the verdict;
  // nothing stored. Errors as create().
  Result<nlohmann::json> preview(const auth::User& advisor, const PreviewRequest& request);

  // What create() needs from outside its transaction (the caption variants,
  // assigned and stored by the library): call first, then create() in the
  // write transaction that also keeps the Idempotency-Key.
  struct Prepared;
  Result<std::shared_ptr<Prepared>> prepare(const auth::User& advisor,
                                            const CreateRequest& request);
  // {"shares": [...]}: one share per network. 428 charter_not_acknowledged,
  // 404 not visible, 409 not_live, 422 too_long, caption_locked.
  Result<nlohmann::json> create(store::Tx& tx, const Prepared& prepared);
  // Runs after create()'s transaction committed (wakes the publisher).
  void set_on_scheduled(std::function<void()> fn) { on_scheduled_ = std::move(fn); }

  // Advisors see their own; compliance and admins all (or theirs with mine).
  Result<SharePage> list(const auth::User& viewer, const ListRequest& request);
  // One share with its history: attempts, review, clicks and audit trail;
  // 404 unless the viewer owns it or is compliance or admin.
  Result<nlohmann::json> get(const auth::User& viewer, const std::string& id);
  // Cancels a share not yet published; 409 not_cancellable after.
  Result<nlohmann::json> cancel(const auth::User& owner, const std::string& id);
  // The advisor's answer for an awaiting_confirmation or unknown share.
  Result<nlohmann::json> confirm(const auth::User& owner, const std::string& id, bool published);

  // Called in the transaction that marks a share published (the scheduler's
  // hook, and confirm()): opens a `sample` review when the share was flagged
  // or is drawn.
  void after_published(store::Tx& tx, store::ShareRow& share);
  // A `share` review was decided: approve schedules the share (or hands it
  // out as an intent link), reject marks it rejected with the reason.
  void review_decided(store::Tx& tx, const store::ReviewRow& review,
                      const store::ReviewDecisionRow& decision);

  const ShareOptions& options() const { return options_; }
  // The public URL once the server listens (with port 0, the bound port).
  // Before serving only: not synchronised with the request threads.
  void set_public_url(std::string url) { options_.public_url = std::move(url); }

 private:
  std::optional<store::NetworkAccountRow> posting_account(store::Tx& tx, const std::string& user_id,
                                                          policy::Network network);
  void record(store::Tx& tx, const std::string& actor, const std::string& action,
              const store::ShareRow& share, nlohmann::json data = nlohmann::json::object());
  double draw();

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  charter::CharterService& charter_;
  library::LibraryService& library_;
  networks::AccountService& accounts_;
  review::ReviewService& reviews_;
  ShareOptions options_;
  std::function<void()> on_scheduled_;
};

}  // namespace pv::sharing
