#include "sharing/share_draft.h"

#include <algorithm>

#include "sharing/share_counts.h"
#include "sharing/tracked_link.h"

namespace pv::sharing {
namespace {

bool targeted_to(const auth::User& user, const store::ContentVersionRow& version) {
  if (version.groups.empty()) return true;
  return std::any_of(version.groups.begin(), version.groups.end(), [&](const std::string& g) {
    return std::find(user.groups.begin(), user.groups.end(), g) != user.groups.end();
  });
}

Error not_visible() {
  return Error(ErrorKind::kNotFound, "not_found", "No such content.");
}

// The charter version of the decision that approved this content version.
std::optional<std::int64_t> approval_charter(store::Tx& tx, const store::ContentVersionRow& v) {
  if (auto review = tx.reviews().latest_for_subject("content", v.item_id, v.version)) {
    auto decisions = tx.reviews().decisions(review->id);
    for (auto d = decisions.rbegin(); d != decisions.rend(); ++d) {
      if (d->decision == "approve") return d->charter_version_id;
    }
  }
  return v.charter_version_id;
}

}  // namespace

std::string origin_name(policy::Origin origin) {
  switch (origin) {
    case policy::Origin::kLibrary: return "library";
    case policy::Origin::kEdited: return "edited";
    case policy::Origin::kOriginal: return "original";
  }
  return "original";
}

Result<ShareableItem> shareable_item(store::Tx& tx, const auth::User& advisor,
                                     const std::string& content_id, TimePoint now) {
  auto item = tx.content().find_item(content_id);
  if (!item || !item->live_version) return not_visible();
  auto version = tx.content().find_version(content_id, *item->live_version);
  if (!version || !targeted_to(advisor, *version)) return not_visible();
  if (!library::is_live(*item, *version, now)) {
    return Error(ErrorKind::kConflict, "not_live",
                 "This content cannot be shared now: it is archived or outside its share window.");
  }
  return ShareableItem{*item, *version, approval_charter(tx, *version)};
}

Result<Draft> make_draft(store::Tx& tx, const DraftInput& in) {
  const auth::User& advisor = *in.advisor;
  const auto& version = in.item->version;
  Draft d;
  // The caption, and whether it is the library's.
  if (in.caption && (!in.assigned_caption || *in.caption != *in.assigned_caption)) {
    if (in.assigned_caption && version.caption_policy == library::kLocked) {
      return Error(ErrorKind::kInvalid, "caption_locked",
                   "This content's captions are locked: share the suggested caption as it is.",
                   {{"network", policy::to_string(in.network)}});
    }
    d.caption = *in.caption;
    d.origin = in.assigned_caption ? policy::Origin::kEdited : policy::Origin::kOriginal;
  } else if (in.assigned_caption) {
    d.caption = *in.assigned_caption;
    d.origin = policy::Origin::kLibrary;
  } else {
    return Error(ErrorKind::kInvalid, "no_caption",
                 "This content has no caption for " + std::string(policy::to_string(in.network)) +
                     ": write one.",
                 {{"network", policy::to_string(in.network)}});
  }
  if (d.caption.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::invalid_field("caption", "must not be empty");
  }

  // The charter's context (API.md, "Sharing").
  auto counts = share_counts(tx, advisor.id, version.promotional, in.now, *in.zone);
  auto& c = d.context;
  c.network = in.network;
  if (!advisor.language.empty()) c.language = advisor.language;
  if (!advisor.region.empty()) c.region = advisor.region;
  if (!advisor.function.empty()) c.role = advisor.function;
  c.tags = advisor.tags;
  c.origin = d.origin;
  if (in.assigned_caption) c.approved_text = *in.assigned_caption;
  c.shares_today = counts.shares_today;
  c.promotional_share = counts.promotional_share;

  d.verdict = in.charter->compiled->check(d.caption, c);
  d.approval_kept = d.origin == policy::Origin::kLibrary &&
                    in.item->approved_charter_version_id == in.charter->version_id;
  d.start = starting_point(d.verdict.verdict, d.approval_kept, in.posts_by_api);

  if (version.url) {
    auto target = with_utm(*version.url, in.network, version.item_id);
    if (!target) return target.error();
    d.link_target = *target;
    d.link = tracked_link_url(in.public_url, in.link_code);
  }
  d.composition = compose(
      {d.caption, d.link, in.network,
       disclaimer_texts(in.charter->compiled->charter(), d.verdict, c.language.value_or("en"))});
  if (!d.composition.fits) return too_long_error(d.composition, in.network);
  return d;
}

}  // namespace pv::sharing
