// The scheduler: shares waiting in the store's durable queue go out through
// the networks when due, never twice (DESIGN.md, "A share, end to end").
//
// - Claiming: due jobs are claimed in a write transaction by a conditional
//   UPDATE (waiting → claimed, with this scheduler's lease owner and expiry),
//   the share goes `scheduled` → `publishing` and an attempt is recorded as
//   in flight, all before anything is sent. Two schedulers on one database
//   (two servers, or two threads) cannot both claim a job.
// - Limits: an account posts at most `daily_limit` times a local day (the
//   firm's time zone) and waits `spacing` between posts; a job that would
//   break either is deferred to when it can go, without counting an attempt.
// - Outcomes: every attempt's outcome is recorded; the next step follows
//   retry_policy.h. An outcome arriving after this scheduler lost its lease
//   is still recorded on the attempt, and a late `published` corrects an
//   `unknown` share.
// - Recovery: a claim whose lease ran out means a scheduler stopped while
//   publishing (a crash, a kill): its share becomes `unknown`, never retried,
//   since the network may have the post. Checked on every round, so at start
//   up too. The lease must outlast the longest publish call.
//
// Every change goes through the audit log in its transaction.
//
// Thread safety: one thread runs rounds (run_once or the three steps); the
// store's transactions make concurrent schedulers safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "sharing/publish_outcome.h"
#include "sharing/retry_policy.h"
#include "store/database.h"
#include "util/clock.h"
#include "util/metrics.h"
#include "util/time_zone.h"

namespace pv::sharing {

struct SchedulerOptions {
  int daily_limit = 5;                   // posts per account per local day; 0: none
  std::chrono::seconds spacing{5 * 60};  // between two posts of one account
  std::chrono::seconds lease{5 * 60};    // longer than any publish call
  int batch = 8;                         // jobs claimed per round at most
  RetryOptions retry;
  // Jitter for transient retries, in [0, 1); default: a random draw.
  std::function<double()> jitter;
};

struct ClaimedJob {
  store::ShareRow share;     // as it was claimed (status `publishing`)
  store::PublishJobRow job;  // as it was claimed
  int attempt = 0;           // 1 for the first attempt
  std::int64_t attempt_id = 0;
  TimePoint started_at;
};

using PublishFn = std::function<PublishOutcome(const ClaimedJob&)>;
// Runs inside the transaction that marks a share published (e.g. to open a
// review of the post after the fact).
using PublishedHook = std::function<void(store::Tx&, const store::ShareRow&)>;

// Queues `share` (status `scheduled`) for publication at its scheduled time,
// in the caller's transaction. `account_key` names whose limits apply.
void enqueue_publish(store::Tx& tx, const store::ShareRow& share, const std::string& account_key,
                     TimePoint now);

class Scheduler {
 public:
  Scheduler(store::Database& db, audit::AuditLog& audit, const Clock& clock, TimeZone zone,
            SchedulerOptions options, std::string worker_id);

  void set_published_hook(PublishedHook hook) { published_hook_ = std::move(hook); }
  // Counts each attempt's outcome in portevoix_publish_outcomes_total
  // {network, outcome} ("interrupted" for a claim that expired), and sets
  // portevoix_publish_queue{state} (waiting, claimed) with update_gauges().
  void set_metrics(metrics::Registry& registry);
  void update_gauges();
  const std::string& worker_id() const { return worker_id_; }

  // Shares whose claim expired become `unknown`; returns how many.
  int recover_expired();
  // Claims the due jobs this round may publish.
  std::vector<ClaimedJob> claim_due();
  // Records the attempt's outcome and takes the next step.
  void complete(const ClaimedJob& claimed, const PublishOutcome& outcome);
  // One round: recover, claim, publish each claimed job through `publish`
  // (an exception from it counts as an unknown outcome), complete. Returns
  // the number of attempts made.
  int run_once(const PublishFn& publish);

 private:
  bool over_limits(store::Tx& tx, const store::PublishJobRow& job, TimePoint now);
  double draw_jitter();

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  TimeZone zone_;
  SchedulerOptions options_;
  std::string worker_id_;
  PublishedHook published_hook_;
  metrics::CounterFamily* outcomes_ = nullptr;
  metrics::GaugeFamily* queue_ = nullptr;
};

}  // namespace pv::sharing
