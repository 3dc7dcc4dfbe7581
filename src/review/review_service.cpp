#include "review/review_service.h"

#include <algorithm>

#include "util/ids.h"
#include "util/time.h"

namespace pv::review {
namespace {

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

nlohmann::json optional_id(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(std::to_string(*id)) : nlohmann::json(nullptr);
}

nlohmann::json user_ref(store::Tx& tx, const std::string& id) {
  auto user = tx.users().find(id);
  if (!user) return {{"id", id}, {"name", nullptr}, {"email", nullptr}};
  return {{"id", user->id}, {"name", user->name}, {"email", user->email}};
}

}  // namespace

ReviewService::ReviewService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                             charter::CharterService& charter, ReviewOptions options)
    : db_(db), audit_(audit), clock_(clock), charter_(charter), options_(std::move(options)) {}

void ReviewService::register_subject(Kind kind, SubjectHandler& handler) {
  handlers_[std::string(to_string(kind))] = &handler;
}

SubjectHandler& ReviewService::handler_for(const std::string& kind) const {
  auto it = handlers_.find(kind);
  if (it == handlers_.end()) throw std::logic_error("no handler for reviews of kind " + kind);
  return *it->second;
}

TimePoint ReviewService::due_at(TimePoint opened) const {
  return due_after(opened, options_.sla_business_days, options_.calendar);
}

store::ReviewRow ReviewService::open(store::Tx& tx, const std::string& actor,
                                     const NewReview& review) {
  const TimePoint now = clock_.now();
  store::ReviewRow row;
  row.id = new_id(now);
  row.kind = std::string(to_string(review.kind));
  row.subject_id = review.subject_id;
  row.subject_version = review.subject_version;
  row.author_id = review.author_id;
  row.level = 1;
  row.status = kOpen;
  row.text = review.text;
  row.verdict = review.verdict.dump();
  row.charter_version_id = review.charter_version_id;
  row.opened_at = now;
  row.due_at = due_at(now);
  tx.reviews().insert(row);
  audit_.record(
      tx, {actor,
           "review.open",
           "review",
           row.id,
           {{"kind", row.kind},
            {"subject_id", row.subject_id},
            {"subject_version", review.subject_version ? nlohmann::json(*review.subject_version)
                                                       : nlohmann::json(nullptr)},
            {"author", row.author_id},
            {"verdict", review.verdict.value("verdict", "")},
            {"charter_version_id", optional_id(row.charter_version_id)},
            {"due_at", format_time(row.due_at)}}});
  return row;
}

void ReviewService::cancel_open(store::Tx& tx, const std::string& actor, Kind kind,
                                const std::string& subject_id) {
  // Reviews of a subject are few: its latest is the only one that can be open.
  auto row =
      tx.reviews().latest_for_subject(std::string(to_string(kind)), subject_id, std::nullopt);
  if (!row || row->status != kOpen) return;
  row->status = kCancelled;
  row->closed_at = clock_.now();
  tx.reviews().update(*row);
  audit_.record(tx, {actor,
                     "review.cancel",
                     "review",
                     row->id,
                     {{"kind", row->kind}, {"subject_id", row->subject_id}}});
}

bool ReviewService::may_see_level(store::Tx& tx, const auth::User& user, int level) const {
  if (level == 1) return user.roles.has(auth::Role::kCompliance);
  if (user.roles.has(auth::Role::kAdmin)) return true;
  if (!options_.second_level_group) return false;
  auto group = tx.groups().find_by_name(*options_.second_level_group);
  return group && std::find(user.groups.begin(), user.groups.end(), group->id) != user.groups.end();
}

nlohmann::json ReviewService::review_json(store::Tx& tx, const store::ReviewRow& row) const {
  const TimePoint now = clock_.now();
  const TimePoint end = row.closed_at.value_or(now);
  return {{"id", row.id},
          {"kind", row.kind},
          {"level", row.level},
          {"status", row.status},
          {"subject_id", row.subject_id},
          {"subject_version",
           row.subject_version ? nlohmann::json(*row.subject_version) : nlohmann::json(nullptr)},
          {"author", user_ref(tx, row.author_id)},
          {"text", row.text},
          {"verdict", nlohmann::json::parse(row.verdict)},
          {"charter_version_id", optional_id(row.charter_version_id)},
          {"opened_at", format_time(row.opened_at)},
          {"due_at", format_time(row.due_at)},
          {"age_seconds",
           std::chrono::duration_cast<std::chrono::seconds>(end - row.opened_at).count()},
          {"overdue", row.status == kOpen && now > row.due_at},
          {"closed_at",
           row.closed_at ? nlohmann::json(format_time(*row.closed_at)) : nlohmann::json(nullptr)}};
}

Result<ReviewPage> ReviewService::list(const auth::User& viewer, const ReviewListQuery& query) {
  try {
    return db_.read_value([&](store::Tx& tx) {
      store::ReviewQuery q;
      q.status = query.status;
      if (query.kind) q.kind = std::string(to_string(*query.kind));
      q.newest_first = query.newest_first;
      q.after = query.after;
      q.limit = query.limit;
      const bool first = may_see_level(tx, viewer, 1);
      const bool second = may_see_level(tx, viewer, 2);
      if (query.level) {
        if (!may_see_level(tx, viewer, *query.level)) {
          throw Error(ErrorKind::kForbidden, "forbidden",
                      *query.level == 1 ? "First-level reviews are for compliance."
                                        : "Second-level reviews are for admins and the "
                                          "second-level group.");
        }
        q.level = query.level;
      } else if (first != second) {
        q.level = first ? 1 : 2;
      } else if (!first) {
        throw Error(ErrorKind::kForbidden, "forbidden", "The review queue is for compliance.");
      }
      ReviewPage page;
      auto rows = tx.reviews().list(q);
      for (const auto& row : rows)
        page.items.push_back(review_json(tx, row));
      if (static_cast<int>(rows.size()) == query.limit && !rows.empty()) {
        page.next = store::ReviewCursor{std::chrono::duration_cast<std::chrono::milliseconds>(
                                            rows.back().opened_at.time_since_epoch())
                                            .count(),
                                        rows.back().id};
      }
      return page;
    });
  } catch (const Error& e) {
    return e;
  }
}

Result<nlohmann::json> ReviewService::get(const std::string& id) {
  auto out = db_.read_value([&](store::Tx& tx) -> std::optional<nlohmann::json> {
    auto row = tx.reviews().find(id);
    if (!row) return std::nullopt;
    auto json = review_json(tx, *row);
    json["subject"] = handler_for(row->kind).subject_json(tx, *row);
    nlohmann::json history = nlohmann::json::array();
    for (const auto& d : tx.reviews().decisions(id)) {
      history.push_back({{"decision", d.decision},
                         {"level", d.level},
                         {"reviewer", user_ref(tx, d.reviewer_id)},
                         {"note", d.note},
                         {"reason", d.reason ? nlohmann::json(*d.reason) : nullptr},
                         {"charter_version_id", optional_id(d.charter_version_id)},
                         {"decided_at", format_time(d.decided_at)}});
    }
    json["history"] = std::move(history);
    return json;
  });
  if (!out) return Error(ErrorKind::kNotFound, "not_found", "No such review.");
  return *out;
}

Status ReviewService::check_input(const DecisionInput& input) const {
  FieldErrors errors;
  const bool needs_reason = input.decision != Decision::kApprove;
  if (needs_reason && blank(input.note)) {
    errors.add("note", "required to reject or escalate");
  }
  if (input.note.size() > 10000) errors.add("note", "at most 10000 bytes");
  if (needs_reason && !input.reason) errors.add("reason", "required to reject or escalate");
  if (input.reason && std::find(options_.reasons.begin(), options_.reasons.end(), *input.reason) ==
                          options_.reasons.end()) {
    errors.add("reason", "must be one of the configured reasons");
  }
  if (!errors.empty()) {
    auto error = errors.error();
    nlohmann::json details = error.details();
    details["reasons"] = options_.reasons;
    return Error(error.kind(), error.code(), error.message(), details);
  }
  return Ok{};
}

Result<nlohmann::json> ReviewService::decide(const auth::User& reviewer, const std::string& id,
                                             const DecisionInput& input) {
  if (auto valid = check_input(input); !valid) return valid.error();
  const auto in_force = charter_.current();
  std::optional<std::int64_t> charter_version_id;
  if (in_force) charter_version_id = in_force->version_id;
  nlohmann::json out;
  try {
    db_.write([&](store::Tx& tx) {
      auto row = tx.reviews().find(id);
      if (!row) throw Error(ErrorKind::kNotFound, "not_found", "No such review.");
      if (row->status != kOpen) {
        throw Error(ErrorKind::kConflict, "already_decided",
                    "This review was decided already: it is " + row->status + ".",
                    {{"status", row->status}});
      }
      if (!may_see_level(tx, reviewer, row->level)) {
        throw Error(ErrorKind::kForbidden, "forbidden",
                    row->level == 1 ? "First-level reviews are decided by compliance."
                                    : "Second-level reviews are decided by admins and the "
                                      "second-level group.");
      }
      SubjectHandler& handler = handler_for(row->kind);
      if (row->author_id == reviewer.id || handler.is_author(tx, *row, reviewer.id)) {
        throw Error(ErrorKind::kForbidden, "own_item",
                    "Nobody may decide a review of their own item.");
      }
      if (input.decision == Decision::kEscalate && row->level == 2) {
        throw Error(ErrorKind::kConflict, "already_escalated",
                    "This review is at the second level already: approve or reject it.");
      }
      const TimePoint now = clock_.now();
      store::ReviewDecisionRow decision;
      decision.review_id = row->id;
      decision.seq = static_cast<int>(tx.reviews().decisions(row->id).size()) + 1;
      decision.level = row->level;
      decision.decision = std::string(to_string(input.decision));
      decision.reviewer_id = reviewer.id;
      decision.note = input.note;
      decision.reason = input.reason;
      decision.charter_version_id = charter_version_id;
      decision.decided_at = now;
      tx.reviews().add_decision(decision);
      if (input.decision == Decision::kEscalate) {
        row->level = 2;
      } else {
        row->status = input.decision == Decision::kApprove ? kApproved : kRejected;
        row->closed_at = now;
      }
      tx.reviews().update(*row);
      audit_.record(tx, {reviewer.id,
                         "review.decide",
                         "review",
                         row->id,
                         {{"kind", row->kind},
                          {"subject_id", row->subject_id},
                          {"decision", decision.decision},
                          {"level", decision.level},
                          {"note", decision.note},
                          {"reason", input.reason ? nlohmann::json(*input.reason) : nullptr},
                          {"charter_version_id", optional_id(charter_version_id)},
                          {"verdict_charter_version_id", optional_id(row->charter_version_id)},
                          {"decided_at", format_time(now, true)}}});
      if (input.decision != Decision::kEscalate) handler.on_decided(tx, *row, decision);
      out = review_json(tx, *row);
    });
  } catch (const Error& e) {
    return e;
  }
  return out;
}

}  // namespace pv::review
