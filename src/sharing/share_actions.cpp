// Reading shares, and what happens to them after creation: cancel, confirm,
// review decisions, sampling after publication.
#include <algorithm>

#include "networks/share_intent.h"
#include "sharing/sampling.h"
#include "sharing/scheduler.h"
#include "sharing/share_json.h"
#include "sharing/share_service.h"
#include "sharing/tracked_link.h"
#include "util/calendar.h"
#include "util/time.h"

namespace pv::sharing {
namespace {

Error not_found() {
  return Error(ErrorKind::kNotFound, "not_found", "No such share.");
}

bool sees_all(const auth::User& user) {
  return user.roles.has(auth::Role::kCompliance) || user.roles.has(auth::Role::kAdmin);
}

nlohmann::json audit_trail(store::Tx& tx, const std::string& share_id) {
  store::AuditFilter filter;
  filter.entity = "share";
  filter.entity_id = share_id;
  filter.limit = 1000;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& row : tx.audit().list(filter)) {
    out.push_back({{"at", row.at},
                   {"actor", row.actor},
                   {"action", row.action},
                   {"data", nlohmann::json::parse(row.data)}});
  }
  return out;
}

nlohmann::json review_summary(store::Tx& tx, const std::optional<std::string>& id) {
  if (!id) return nullptr;
  auto review = tx.reviews().find(*id);
  if (!review) return nullptr;
  nlohmann::json decisions = nlohmann::json::array();
  for (const auto& d : tx.reviews().decisions(review->id)) {
    decisions.push_back({{"decision", d.decision},
                         {"level", d.level},
                         {"reviewer", d.reviewer_id},
                         {"note", d.note},
                         {"reason", d.reason ? nlohmann::json(*d.reason) : nlohmann::json()},
                         {"decided_at", format_time(d.decided_at)}});
  }
  return {{"id", review->id},
          {"kind", review->kind},
          {"status", review->status},
          {"level", review->level},
          {"opened_at", format_time(review->opened_at)},
          {"due_at", format_time(review->due_at)},
          {"decisions", decisions}};
}

}  // namespace

Result<SharePage> ShareService::list(const auth::User& viewer, const ListRequest& request) {
  store::ShareFilter filter;
  if (request.mine || !sees_all(viewer)) filter.user_id = viewer.id;
  filter.status = request.status;
  filter.before_id = request.before_id;
  filter.limit = request.limit + 1;
  auto rows = db_.read_value([&](store::Tx& tx) { return tx.shares().list(filter); });
  SharePage page;
  if (static_cast<int>(rows.size()) > request.limit) {
    rows.resize(static_cast<std::size_t>(request.limit));
    page.next_before = rows.back().id;
  }
  for (const auto& row : rows)
    page.items.push_back(share_json(row, options_.public_url));
  return page;
}

Result<nlohmann::json> ShareService::get(const auth::User& viewer, const std::string& id) {
  std::optional<nlohmann::json> out;
  db_.read([&](store::Tx& tx) {
    auto share = tx.shares().find(id);
    if (!share || (share->user_id != viewer.id && !sees_all(viewer))) return;
    auto json = share_json(*share, options_.public_url);
    json["history"] = {{"attempts", attempts_json(tx.publish_jobs().attempts(id))},
                       {"review", review_summary(tx, share->review_id)},
                       {"sample_review", review_summary(tx, share->sample_review_id)},
                       {"clicks", clicks_json(tx.links().tally_for_share(id))},
                       {"events", audit_trail(tx, id)}};
    out = std::move(json);
  });
  if (!out) return not_found();
  return *out;
}

Result<nlohmann::json> ShareService::cancel(const auth::User& owner, const std::string& id) {
  return catch_error([&] {
    nlohmann::json out;
    db_.write([&](store::Tx& tx) {
      auto share = tx.shares().find(id);
      if (!share || share->user_id != owner.id) throw not_found();
      static const std::vector<std::string> kCancellable = {"pending_review", "scheduled",
                                                            "awaiting_confirmation"};
      bool cancellable =
          std::find(kCancellable.begin(), kCancellable.end(), share->status) != kCancellable.end();
      // A scheduled share whose job a publisher already claimed is on its way.
      if (cancellable && share->status == "scheduled") {
        cancellable = tx.publish_jobs().drop(id);
      }
      if (!cancellable) {
        throw Error(ErrorKind::kConflict, "not_cancellable",
                    "This share can no longer be cancelled (it is " + share->status + ").",
                    {{"status", share->status}});
      }
      if (share->status == "pending_review") {
        reviews_.cancel_open(tx, owner.id, review::Kind::kShare, id);
      }
      const std::string before = share->status;
      share->status = "cancelled";
      share->updated_at = clock_.now();
      tx.shares().update(*share);
      record(tx, owner.id, "share.cancel", *share, {{"was", before}});
      out = share_json(*share, options_.public_url);
    });
    return out;
  });
}

Result<nlohmann::json> ShareService::confirm(const auth::User& owner, const std::string& id,
                                             bool published) {
  return catch_error([&] {
    nlohmann::json out;
    db_.write([&](store::Tx& tx) {
      auto share = tx.shares().find(id);
      if (!share || share->user_id != owner.id) throw not_found();
      const std::string before = share->status;
      if (before != "awaiting_confirmation" && before != "unknown") {
        throw Error(ErrorKind::kConflict, "not_awaiting_confirmation",
                    "Only a share-intent share or one whose outcome is unknown is confirmed.",
                    {{"status", before}});
      }
      const TimePoint now = clock_.now();
      share->updated_at = now;
      if (published) {
        share->status = "published";
        share->published_at = now;
        share->failure_reason.reset();
      } else if (before == "unknown") {
        share->status = "failed";
        share->failure_reason = "Not published, as the advisor confirmed.";
      } else {
        share->status = "cancelled";
      }
      tx.shares().update(*share);
      record(tx, owner.id, "share.confirm", *share, {{"was", before}, {"published", published}});
      if (published) after_published(tx, *share);
      out = share_json(*share, options_.public_url);
    });
    return out;
  });
}

void ShareService::after_published(store::Tx& tx, store::ShareRow& share) {
  if (share.sample_review_id) return;
  const TimePoint now = clock_.now();
  const auto sampled =
      tx.shares().count_sampled_since(share.user_id, start_of_month(options_.zone, now));
  const SampleReason reason = sample_reason(share.review_after, options_.sample_rate, draw(),
                                            sampled, options_.sample_min_per_month);
  if (reason == SampleReason::kNone) return;
  review::NewReview r;
  r.kind = review::Kind::kSample;
  r.subject_id = share.id;
  r.author_id = share.user_id;
  r.text = share.text;
  r.verdict = nlohmann::json::parse(share.verdict, nullptr, false);
  if (r.verdict.is_discarded()) r.verdict = nlohmann::json::object();
  r.charter_version_id = share.charter_version_id;
  share.sample_review_id = reviews_.open(tx, "system", r).id;
  share.updated_at = now;
  tx.shares().update(share);
  record(tx, "system", "share.sample", share,
         {{"reason", to_string(reason)}, {"review_id", *share.sample_review_id}});
}

void ShareService::review_decided(store::Tx& tx, const store::ReviewRow& review,
                                  const store::ReviewDecisionRow& decision) {
  auto share = tx.shares().find(review.subject_id);
  if (!share || share->status != "pending_review") return;
  const TimePoint now = clock_.now();
  share->updated_at = now;
  if (decision.decision == "approve") {
    const auto network = *policy::parse_network(share->network);
    if (auto account = posting_account(tx, share->user_id, network)) {
      share->status = "scheduled";
      share->account_id = account->id;
      share->text_verified = true;
      tx.shares().update(*share);
      enqueue_publish(tx, *share, account->id, now);
      if (on_scheduled_) tx.on_commit(on_scheduled_, "sharing.wake");
    } else {
      share->status = "awaiting_confirmation";
      share->account_id.reset();
      share->text_verified = false;
      networks::ShareIntent intent;
      intent.text = share->text;
      if (share->link_code) intent.url = tracked_link_url(options_.public_url, *share->link_code);
      share->intent_url = networks::share_intent_url(network, intent);
      tx.shares().update(*share);
    }
    record(tx, decision.reviewer_id, "share.approve", *share, {{"review_id", review.id}});
  } else {
    share->status = "rejected";
    std::string why = decision.note;
    if (decision.reason) why = *decision.reason + ": " + why;
    share->failure_reason = why;
    tx.shares().update(*share);
    record(tx, decision.reviewer_id, "share.reject", *share,
           {{"review_id", review.id}, {"reason", why}});
  }
}

}  // namespace pv::sharing
