#include "library/content_service.h"

#include "library/content_check.h"
#include "library/content_json.h"
#include "library/search.h"
#include "util/ids.h"

namespace pv::library {
namespace {

Error not_found() {
  return Error(ErrorKind::kNotFound, "not_found", "No such content item.");
}

struct Loaded {
  store::ContentItemRow item;
  store::ContentVersionRow latest;
};

// The item and its latest version, or 404; 409 when archived and `live_only`.
Loaded load(store::Tx& tx, const std::string& id, bool refuse_archived) {
  auto item = tx.content().find_item(id);
  if (!item) throw not_found();
  if (refuse_archived && item->archived) {
    throw Error(ErrorKind::kConflict, "archived", "This item is archived.");
  }
  auto latest = tx.content().find_version(id, item->latest_version);
  if (!latest) throw not_found();
  return {*item, *latest};
}

std::vector<std::string> patched_names(const ContentPatch& p) {
  std::vector<std::string> out;
  auto note = [&](bool present, const char* name) {
    if (present) out.emplace_back(name);
  };
  note(p.title.has_value(), "title");
  note(p.body.has_value(), "body");
  note(p.url.has_value(), "url");
  note(p.media_id.has_value(), "media_id");
  note(p.language.has_value(), "language");
  note(p.tags.has_value(), "tags");
  note(p.groups.has_value(), "groups");
  note(p.promotional.has_value(), "promotional");
  note(p.captions.has_value(), "captions");
  note(p.caption_policy.has_value(), "caption_policy");
  note(p.starts_at.has_value(), "starts_at");
  note(p.expires_at.has_value(), "expires_at");
  return out;
}

std::string cursor_of(const store::ContentItemRow& item) {
  return "a:" + item.id;
}

std::optional<store::ContentCursor> parse_author_cursor(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  if (text->rfind("a:", 0) != 0)
    throw Error::invalid_field("cursor", "is not a cursor of this list");
  return store::ContentCursor{0, 0, text->substr(2)};
}

}  // namespace

ContentService::ContentService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                               charter::CharterService& charter, review::ReviewService& reviews)
    : db_(db), audit_(audit), clock_(clock), charter_(charter), reviews_(reviews) {}

Status ContentService::check_references(store::Tx& tx, const ContentFields& fields) const {
  FieldErrors errors;
  for (const auto& group : fields.groups) {
    if (!tx.groups().find(group)) errors.add("groups", "unknown group " + group);
  }
  if (fields.media_id && !tx.media().find(*fields.media_id, false)) {
    errors.add("media_id", "unknown media file");
  }
  if (!errors.empty()) return errors.error();
  return Ok{};
}

nlohmann::json ContentService::json_with_review(store::Tx& tx, const store::ContentItemRow& item,
                                                const store::ContentVersionRow& version) const {
  auto out = content_json(item, version, clock_.now());
  auto review = tx.reviews().latest_for_subject(
      std::string(review::to_string(review::Kind::kContent)), item.id, version.version);
  if (review) {
    auto decisions = tx.reviews().decisions(review->id);
    std::optional<store::ReviewDecisionRow> last;
    if (!decisions.empty()) last = decisions.back();
    out["review"] = review_summary_json(*review, last);
  }
  return out;
}

Result<nlohmann::json> ContentService::create(store::Tx& tx, const std::string& actor,
                                              const ContentFields& fields) {
  if (auto valid = validate(fields); !valid) return valid.error();
  if (auto refs = check_references(tx, fields); !refs) return refs.error();
  const TimePoint now = clock_.now();
  store::ContentItemRow item{new_id(now), 1, std::nullopt, false, actor, now};
  store::ContentVersionRow version;
  version.item_id = item.id;
  version.version = 1;
  version.status = "draft";
  store_fields(fields, version);
  version.created_by = version.updated_by = actor;
  version.created_at = version.updated_at = now;
  tx.content().insert_item(item);
  version.seq = tx.content().insert_version(version, search_text(version));
  audit_.record(
      tx,
      {actor, "content.create", "content", item.id, {{"version", 1}, {"title", version.title}}});
  return json_with_review(tx, item, version);
}

Result<nlohmann::json> ContentService::patch(const std::string& actor, const std::string& id,
                                             const ContentPatch& patch) {
  return catch_error([&] {
    nlohmann::json out;
    db_.write([&](store::Tx& tx) {
      auto [item, version] = load(tx, id, true);
      if (version.status != "draft" && version.status != "rejected") {
        throw Error(ErrorKind::kConflict, "not_editable",
                    version.status == "approved"
                        ? "An approved version is never edited: revise it to make a new draft."
                        : "Only drafts and rejected versions can be edited; this one is " +
                              version.status + ".",
                    {{"status", version.status}});
      }
      auto fields = fields_of(version);
      apply(patch, fields);
      validate(fields).value();
      check_references(tx, fields).value();
      const std::string before = version.status;
      store_fields(fields, version);
      version.status = "draft";
      version.verdict.reset();
      version.charter_version_id.reset();
      version.updated_by = actor;
      version.updated_at = clock_.now();
      tx.content().update_version(version, search_text(version));
      audit_.record(tx, {actor,
                         "content.update",
                         "content",
                         id,
                         {{"version", version.version},
                          {"fields", patched_names(patch)},
                          {"from", before},
                          {"to", version.status}}});
      out = json_with_review(tx, item, version);
    });
    return out;
  });
}

Result<nlohmann::json> ContentService::submit(const std::string& actor, const std::string& id) {
  auto in_force = charter_.current();
  if (!in_force) {
    return Error(ErrorKind::kConflict, "no_charter",
                 "No usage charter is in force yet: compliance must publish one.");
  }
  std::optional<nlohmann::json> blocked;
  auto submitted = catch_error([&] {
    nlohmann::json out;
    db_.write([&](store::Tx& tx) {
      auto [item, version] = load(tx, id, true);
      if (version.status != "draft") {
        throw Error(ErrorKind::kConflict, "not_draft",
                    "Only a draft can be submitted; this version is " + version.status + ".",
                    {{"status", version.status}});
      }
      const auto fields = fields_of(version);
      if (fields.captions.empty()) {
        throw Error::invalid_field("captions", "at least one caption is needed to submit");
      }
      auto verdict = check_content(*in_force->compiled, in_force->version_id, fields);
      nlohmann::json audit_data = {{"version", version.version},
                                   {"verdict", policy::to_string(verdict.verdict)},
                                   {"charter_version_id", std::to_string(in_force->version_id)}};
      if (verdict.verdict == policy::Action::kBlock) {
        // Nothing changes, but compliance can see what was tried.
        audit_.record(tx, {actor, "content.submit_blocked", "content", id, audit_data});
        blocked = verdict.json;
        return;
      }
      const TimePoint now = clock_.now();
      version.status = "pending";
      version.verdict = verdict.json.dump();
      version.charter_version_id = in_force->version_id;
      version.submitted_by = actor;
      version.submitted_at = now;
      tx.content().update_version(version, std::nullopt);
      auto review =
          reviews_.open(tx, actor,
                        review::NewReview{review::Kind::kContent, id, version.version, actor,
                                          version.body, verdict.json, in_force->version_id});
      audit_data["review_id"] = review.id;
      audit_.record(tx, {actor, "content.submit", "content", id, audit_data});
      out = json_with_review(tx, item, version);
    });
    return out;
  });
  if (blocked) {
    return Error(ErrorKind::kInvalid, "charter_blocked",
                 "The usage charter blocks this item: fix what the findings show, then submit "
                 "it again.",
                 *blocked);
  }
  return submitted;
}

Result<nlohmann::json> ContentService::archive(const std::string& actor, const std::string& id) {
  return catch_error([&] {
    nlohmann::json out;
    db_.write([&](store::Tx& tx) {
      auto [item, latest] = load(tx, id, false);
      if (item.archived) {
        throw Error(ErrorKind::kConflict, "already_archived", "This item is archived already.");
      }
      for (auto version : tx.content().versions(id)) {
        if (version.status == "superseded" || version.status == "archived") continue;
        version.status = "archived";
        version.updated_by = actor;
        version.updated_at = clock_.now();
        tx.content().update_version(version, std::nullopt);
        if (version.version == latest.version) latest = version;
      }
      item.archived = true;
      tx.content().update_item(item);
      reviews_.cancel_open(tx, actor, review::Kind::kContent, id);
      audit_.record(tx, {actor,
                         "content.archive",
                         "content",
                         id,
                         {{"latest_version", item.latest_version},
                          {"live_version", item.live_version ? nlohmann::json(*item.live_version)
                                                             : nlohmann::json(nullptr)}}});
      out = json_with_review(tx, item, latest);
    });
    return out;
  });
}

Result<nlohmann::json> ContentService::revise(store::Tx& tx, const std::string& actor,
                                              const std::string& id) {
  return catch_error([&] {
    auto [item, latest] = load(tx, id, true);
    if (latest.status != "approved") {
      throw Error(ErrorKind::kConflict, "not_approved",
                  "Only an approved item is revised; its latest version is " + latest.status +
                      (latest.status == "draft" ? ": edit that draft instead." : "."),
                  {{"status", latest.status}});
    }
    const TimePoint now = clock_.now();
    store::ContentVersionRow next;
    next.item_id = id;
    next.version = latest.version + 1;
    next.status = "draft";
    store_fields(fields_of(latest), next);
    next.created_by = next.updated_by = actor;
    next.created_at = next.updated_at = now;
    next.seq = tx.content().insert_version(next, search_text(next));
    item.latest_version = next.version;
    tx.content().update_item(item);
    audit_.record(tx, {actor,
                       "content.revise",
                       "content",
                       id,
                       {{"version", next.version}, {"from_version", latest.version}}});
    return json_with_review(tx, item, next);
  });
}

Result<nlohmann::json> ContentService::get(const std::string& id, std::optional<int> version) {
  return catch_error([&] {
    return db_.read_value([&](store::Tx& tx) {
      auto item = tx.content().find_item(id);
      if (!item) throw not_found();
      auto row = tx.content().find_version(id, version.value_or(item->latest_version));
      if (!row) throw Error(ErrorKind::kNotFound, "not_found", "No such version of this item.");
      auto out = json_with_review(tx, *item, *row);
      nlohmann::json versions = nlohmann::json::array();
      for (const auto& v : tx.content().versions(id)) {
        versions.push_back({{"version", v.version}, {"status", effective_status(v, clock_.now())}});
      }
      out["versions"] = std::move(versions);
      return out;
    });
  });
}

Result<ContentPage> ContentService::list(const AuthorListQuery& query) {
  return catch_error([&] {
    store::ContentQuery q;
    q.view = store::ContentQuery::View::kAuthor;
    q.now = clock_.now();
    q.status = query.status;
    q.tag = query.tag;
    q.language = query.language;
    q.network = query.network;
    q.group = query.group;
    if (query.q) q.match = match_query(*query.q);
    q.after = parse_author_cursor(query.cursor);
    q.limit = query.limit;
    return db_.read_value([&](store::Tx& tx) {
      ContentPage page;
      auto rows = tx.content().list(q);
      for (const auto& row : rows)
        page.items.push_back(json_with_review(tx, row.item, row.version));
      if (static_cast<int>(rows.size()) == query.limit && !rows.empty()) {
        page.next = cursor_of(rows.back().item);
      }
      return page;
    });
  });
}

}  // namespace pv::library
