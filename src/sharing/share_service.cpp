// Creating shares: the preview and the shares themselves.
#include "sharing/share_service.h"

#include <random>

#include "networks/share_intent.h"
#include "sharing/scheduler.h"
#include "sharing/share_draft.h"
#include "sharing/share_json.h"
#include "sharing/tracked_link.h"
#include "util/ids.h"

namespace pv::sharing {

struct ShareService::Prepared {
  auth::User advisor;
  CreateRequest request;
  std::shared_ptr<const charter::CharterVersion> charter;
  // The library's caption for each network, or why there is none.
  std::map<policy::Network, Result<library::AssignedCaption>> captions;
};

namespace {

Error not_acknowledged() {
  return Error(ErrorKind::kPrecondition, "charter_not_acknowledged",
               "Acknowledge the usage charter in force before sharing.");
}

// The library answers 422 no_caption when the item has none for a network:
// the advisor may still write one. Other errors stand.
std::optional<std::string> assigned_text(const Result<library::AssignedCaption>& caption) {
  if (caption) return caption->text;
  return std::nullopt;
}

}  // namespace

ShareService::ShareService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                           charter::CharterService& charter, library::LibraryService& library,
                           networks::AccountService& accounts, review::ReviewService& reviews,
                           ShareOptions options)
    : db_(db),
      audit_(audit),
      clock_(clock),
      charter_(charter),
      library_(library),
      accounts_(accounts),
      reviews_(reviews),
      options_(std::move(options)) {}

double ShareService::draw() {
  if (options_.draw) return options_.draw();
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

void ShareService::record(store::Tx& tx, const std::string& actor, const std::string& action,
                          const store::ShareRow& share, nlohmann::json data) {
  data["network"] = share.network;
  data["status"] = share.status;
  audit_.record(tx, {actor, action, "share", share.id, std::move(data)});
}

// The advisor's account that the share goes out through; none: an intent link.
std::optional<store::NetworkAccountRow> ShareService::posting_account(store::Tx& tx,
                                                                      const std::string& user_id,
                                                                      policy::Network network) {
  auto account = tx.network_accounts().find_for_user(user_id, std::string(to_string(network)));
  if (!account || account->needs_reconnect) return std::nullopt;
  return account;
}

Result<nlohmann::json> ShareService::preview(const auth::User& advisor,
                                             const PreviewRequest& request) {
  if (!charter_.acknowledged(advisor.id)) return not_acknowledged();
  auto charter = charter_.current();
  if (!charter) return not_acknowledged();
  auto caption = library_.caption_for(advisor, request.content_id, request.network);
  if (!caption && caption.error().code() != "no_caption" &&
      caption.error().kind() != ErrorKind::kNotFound) {
    return caption.error();
  }
  return catch_error([&] {
    nlohmann::json out;
    db_.read([&](store::Tx& tx) {
      const TimePoint now = clock_.now();
      auto item = shareable_item(tx, advisor, request.content_id, now).value();
      DraftInput in;
      in.advisor = &advisor;
      in.item = &item;
      in.network = request.network;
      in.assigned_caption = assigned_text(caption);
      in.caption = request.caption;
      in.charter = charter.get();
      in.posts_by_api = posting_account(tx, advisor.id, request.network).has_value();
      in.link_code = new_link_code();  // a sample: nothing is stored
      in.public_url = options_.public_url;
      in.now = now;
      in.zone = &options_.zone;
      auto d = make_draft(tx, in).value();
      auto verdict = policy::to_json(d.verdict);
      verdict["charter_version_id"] = std::to_string(charter->version_id);
      out = {{"text", d.composition.text},
             {"length", d.composition.length},
             {"limit", d.composition.limit},
             {"fits", d.composition.fits},
             {"verdict", verdict},
             {"caption", d.caption},
             {"origin", origin_name(d.origin)},
             {"status", d.start.status}};
    });
    return out;
  });
}

Result<std::shared_ptr<ShareService::Prepared>> ShareService::prepare(
    const auth::User& advisor, const CreateRequest& request) {
  auto p = std::make_shared<Prepared>();
  p->advisor = advisor;
  p->request = request;
  p->charter = charter_.current();
  for (auto network : request.networks)
    p->captions.emplace(network, library_.caption_for(advisor, request.content_id, network));
  return p;
}

Result<nlohmann::json> ShareService::create(store::Tx& tx, const Prepared& p) {
  const auth::User& advisor = p.advisor;
  if (!p.charter) return not_acknowledged();
  auto acknowledged = tx.charters().acknowledged_at(advisor.id, p.charter->version_id);
  if (!acknowledged) return not_acknowledged();
  for (const auto& [network, caption] : p.captions) {
    if (!caption && caption.error().code() != "no_caption" &&
        caption.error().kind() != ErrorKind::kNotFound) {
      return caption.error();
    }
  }
  const TimePoint now = clock_.now();
  auto item = shareable_item(tx, advisor, p.request.content_id, now);
  if (!item) return item.error();
  const TimePoint scheduled_at =
      p.request.scheduled_at ? std::max(*p.request.scheduled_at, now) : now;

  nlohmann::json shares = nlohmann::json::array();
  bool scheduled_any = false;
  for (auto network : p.request.networks) {
    auto account = posting_account(tx, advisor.id, network);
    const bool by_api = account.has_value();
    DraftInput in;
    in.advisor = &advisor;
    in.item = &*item;
    in.network = network;
    in.assigned_caption = assigned_text(p.captions.at(network));
    in.caption = p.request.caption;
    in.charter = p.charter.get();
    in.posts_by_api = by_api;
    in.link_code = new_link_code();
    in.public_url = options_.public_url;
    in.now = now;
    in.zone = &options_.zone;
    auto d = make_draft(tx, in);
    if (!d) return d.error();

    store::ShareRow s;
    s.id = new_id(now);
    s.user_id = advisor.id;
    s.content_id = item->item.id;
    s.content_version = item->version.version;
    s.network = std::string(policy::to_string(network));
    s.status = d->start.status;
    s.caption = d->caption;
    s.origin = origin_name(d->origin);
    s.text = d->composition.text;
    if (d->link) s.link_code = in.link_code;
    auto verdict = policy::to_json(d->verdict);
    verdict["charter_version_id"] = std::to_string(p.charter->version_id);
    s.verdict = verdict.dump();
    s.verdict_action = std::string(policy::to_string(d->verdict.verdict));
    s.charter_version_id = p.charter->version_id;
    s.promotional = item->version.promotional;
    s.review_after = d->start.review_after;
    s.scheduled_at = scheduled_at;
    if (by_api) s.account_id = account->id;
    s.text_verified = by_api;
    s.created_at = now;
    s.updated_at = now;
    if (s.status == "awaiting_confirmation") {
      networks::ShareIntent intent;
      intent.text = s.text;
      intent.url = d->link;
      s.intent_url = networks::share_intent_url(network, intent);
    }
    if (s.status == "pending_review") {
      review::NewReview r;
      r.kind = review::Kind::kShare;
      r.subject_id = s.id;
      r.author_id = advisor.id;
      r.text = s.caption;
      r.verdict = verdict;
      r.charter_version_id = p.charter->version_id;
      s.review_id = reviews_.open(tx, advisor.id, r).id;
    }
    tx.shares().insert(s);
    if (d->link_target) {
      tx.links().insert(store::LinkRow{*s.link_code, s.id, *d->link_target, now});
    }
    if (s.status == "scheduled") {
      enqueue_publish(tx, s, *s.account_id, now);
      scheduled_any = true;
    }
    record(tx, advisor.id, "share.create", s,
           {{"content_id", s.content_id},
            {"content_version", s.content_version},
            {"verdict", s.verdict_action},
            {"charter_version_id", std::to_string(s.charter_version_id)},
            {"origin", s.origin},
            {"approval_kept", d->approval_kept},
            {"text", s.text}});
    auto json = share_json(s, options_.public_url);
    shares.push_back(std::move(json));
  }
  if (scheduled_any && on_scheduled_) tx.on_commit(on_scheduled_, "sharing.wake");
  return nlohmann::json{{"shares", shares}};
}

}  // namespace pv::sharing
