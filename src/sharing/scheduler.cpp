#include "sharing/scheduler.h"

#include <map>
#include <random>

#include "util/calendar.h"
#include "util/time.h"

namespace pv::sharing {
namespace {

const std::string kSystem = "system";

void record(audit::AuditLog& audit, store::Tx& tx, const std::string& action,
            const store::ShareRow& share, nlohmann::json data) {
  data["network"] = share.network;
  data["status"] = share.status;
  audit.record(tx, {kSystem, action, "share", share.id, std::move(data)});
}

void set_status(store::Tx& tx, store::ShareRow& share, const std::string& status, TimePoint now) {
  share.status = status;
  share.updated_at = now;
  tx.shares().update(share);
}

}  // namespace

void enqueue_publish(store::Tx& tx, const store::ShareRow& share, const std::string& account_key,
                     TimePoint now) {
  store::PublishJobRow job;
  job.share_id = share.id;
  job.account_key = account_key;
  job.due_at = std::max(share.scheduled_at, now);
  job.created_at = now;
  tx.publish_jobs().insert(job);
}

Scheduler::Scheduler(store::Database& db, audit::AuditLog& audit, const Clock& clock, TimeZone zone,
                     SchedulerOptions options, std::string worker_id)
    : db_(db),
      audit_(audit),
      clock_(clock),
      zone_(std::move(zone)),
      options_(std::move(options)),
      worker_id_(std::move(worker_id)) {}

void Scheduler::set_metrics(metrics::Registry& registry) {
  outcomes_ =
      &registry.counter("portevoix_publish_outcomes_total",
                        "Publishing attempts by network and outcome.", {"network", "outcome"});
  queue_ =
      &registry.gauge("portevoix_publish_queue",
                      "Shares in the publishing queue, by state (waiting, claimed).", {"state"});
}

void Scheduler::update_gauges() {
  if (!queue_) return;
  auto counts = db_.read_value([](store::Tx& tx) { return tx.publish_jobs().count_by_state(); });
  std::map<std::string, std::int64_t> by_state = {{"waiting", 0}, {"claimed", 0}};
  for (const auto& [state, n] : counts) {
    if (by_state.contains(state)) by_state[state] = n;
  }
  for (const auto& [state, n] : by_state)
    queue_->set({state}, static_cast<double>(n));
}

double Scheduler::draw_jitter() {
  if (options_.jitter) return options_.jitter();
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

int Scheduler::recover_expired() {
  int recovered = 0;
  std::vector<std::string> networks;
  db_.write([&](store::Tx& tx) {
    const TimePoint now = clock_.now();
    auto& jobs = tx.publish_jobs();
    for (const auto& job : jobs.expired(now, options_.batch * 4)) {
      if (!job.lease_owner || !jobs.finish(job.share_id, *job.lease_owner, job.last_started_at)) {
        continue;
      }
      ++recovered;
      for (const auto& attempt : jobs.attempts(job.share_id)) {
        if (!attempt.outcome) {
          jobs.finish_attempt(attempt.id, now, "lease_expired",
                              "the publisher stopped before recording an outcome", std::nullopt);
        }
      }
      auto share = tx.shares().find(job.share_id);
      if (!share || share->status != "publishing") continue;
      share->failure_reason =
          "Publishing was interrupted (the server stopped): the network may or may not have "
          "published it. Check the account, then confirm.";
      set_status(tx, *share, "unknown", now);
      record(audit_, tx, "share.unknown", *share,
             {{"reason", "lease_expired"}, {"worker", *job.lease_owner}});
      networks.push_back(share->network);
    }
  });
  if (outcomes_) {
    for (const auto& network : networks)
      outcomes_->inc({network, "interrupted"});
  }
  return recovered;
}

bool Scheduler::over_limits(store::Tx& tx, const store::PublishJobRow& job, TimePoint now) {
  auto& jobs = tx.publish_jobs();
  std::optional<TimePoint> later;
  std::string why;
  if (options_.daily_limit > 0 &&
      jobs.account_posts_since(job.account_key, zone_.start_of_day(now)) >= options_.daily_limit) {
    later = start_of_next_day(zone_, now);
    why = "daily_limit";
  } else if (options_.spacing.count() > 0) {
    auto last = jobs.account_last_post(job.account_key);
    if (last && *last + options_.spacing > now) {
      later = *last + options_.spacing;
      why = "spacing";
    }
  }
  if (!later) return false;
  if (*later > job.due_at && jobs.defer(job.share_id, *later)) {
    if (auto share = tx.shares().find(job.share_id)) {
      record(audit_, tx, "share.deferred", *share,
             {{"reason", why}, {"due_at", format_time(*later)}});
    }
  }
  return true;
}

std::vector<ClaimedJob> Scheduler::claim_due() {
  std::vector<ClaimedJob> claimed;
  db_.write([&](store::Tx& tx) {
    const TimePoint now = clock_.now();
    auto& jobs = tx.publish_jobs();
    for (const auto& job : jobs.due(now, options_.batch)) {
      auto share = tx.shares().find(job.share_id);
      if (!share || share->status != "scheduled") {
        jobs.drop(job.share_id);  // decided otherwise meanwhile (defensive)
        continue;
      }
      if (over_limits(tx, job, now)) continue;
      if (!jobs.claim(job.share_id, worker_id_, now, now + options_.lease)) continue;
      ClaimedJob c;
      c.job = job;
      c.attempt = job.attempts + 1;
      c.started_at = now;
      c.attempt_id = jobs.insert_attempt(
          {0, job.share_id, c.attempt, worker_id_, now, std::nullopt, std::nullopt, "", {}});
      set_status(tx, *share, "publishing", now);
      record(audit_, tx, "share.publishing", *share,
             {{"attempt", c.attempt}, {"worker", worker_id_}});
      c.share = *share;
      claimed.push_back(std::move(c));
    }
  });
  return claimed;
}

void Scheduler::complete(const ClaimedJob& claimed, const PublishOutcome& outcome) {
  if (outcomes_) outcomes_->inc({claimed.share.network, std::string(outcome_name(outcome.result))});
  const double jitter = draw_jitter();
  db_.write([&](store::Tx& tx) {
    const TimePoint now = clock_.now();
    auto& jobs = tx.publish_jobs();
    const auto& id = claimed.share.id;
    NextStep step = next_step(outcome, claimed.attempt, now, options_.retry, jitter);
    std::optional<TimePoint> retry_at;
    if (step.kind == NextStep::Kind::kRetry) retry_at = step.retry_at;
    std::string detail = outcome.reason;
    if (outcome.result == PublishResult::kPublished) detail = outcome.post_id;
    jobs.finish_attempt(claimed.attempt_id, now, std::string(outcome_name(outcome.result)), detail,
                        retry_at);
    auto share = tx.shares().find(id);
    if (!share) return;
    const nlohmann::json data = {{"attempt", claimed.attempt},
                                 {"outcome", outcome_name(outcome.result)}};

    bool held = false;
    switch (step.kind) {
      case NextStep::Kind::kPublished:
        held = jobs.finish(id, worker_id_, claimed.started_at);
        // Late news after recovery made it `unknown`: the network has it.
        if (held || share->status == "unknown") {
          share->post_id = outcome.post_id;
          if (!outcome.post_url.empty()) share->post_url = outcome.post_url;
          share->published_at = now;
          share->failure_reason.reset();
          set_status(tx, *share, "published", now);
          auto with_id = data;
          with_id["post_id"] = outcome.post_id;
          if (!held) with_id["late"] = true;
          record(audit_, tx, "share.published", *share, with_id);
          if (published_hook_) published_hook_(tx, *share);
        }
        return;
      case NextStep::Kind::kUnknown: held = jobs.finish(id, worker_id_, claimed.started_at); break;
      case NextStep::Kind::kFailed: held = jobs.finish(id, worker_id_, std::nullopt); break;
      case NextStep::Kind::kRetry: held = jobs.release(id, worker_id_, step.retry_at); break;
    }
    if (!held || share->status != "publishing") return;  // recovered meanwhile: keep its verdict
    auto with_reason = data;
    switch (step.kind) {
      case NextStep::Kind::kUnknown:
        share->failure_reason = step.reason;
        set_status(tx, *share, "unknown", now);
        with_reason["reason"] = outcome.reason;
        record(audit_, tx, "share.unknown", *share, with_reason);
        break;
      case NextStep::Kind::kFailed:
        share->failure_reason = step.reason;
        set_status(tx, *share, "failed", now);
        with_reason["reason"] = step.reason;
        record(audit_, tx, "share.failed", *share, with_reason);
        break;
      case NextStep::Kind::kRetry:
        set_status(tx, *share, "scheduled", now);
        with_reason["retry_at"] = format_time(step.retry_at);
        with_reason["reason"] = outcome.reason;
        record(audit_, tx, "share.retry", *share, with_reason);
        break;
      case NextStep::Kind::kPublished: break;
    }
  });
}

int Scheduler::run_once(const PublishFn& publish) {
  recover_expired();
  auto claimed = claim_due();
  for (const auto& c : claimed) {
    PublishOutcome outcome;
    try {
      outcome = publish(c);
    } catch (const std::exception& e) {
      // Whether anything reached the network is not known: never retry it.
      outcome = PublishOutcome{PublishResult::kUnknownOutcome, {}, {}, {}, e.what()};
    }
    complete(c, outcome);
  }
  return static_cast<int>(claimed.size());
}

}  // namespace pv::sharing
