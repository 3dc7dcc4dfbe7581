// One share worked out before it is stored: the advisor's item and caption,
// the charter's context and verdict, the composed text and where it starts
// (API.md, "Sharing"). Used by the preview (nothing stored) and by create (the
// draft becomes the stored share).
//
// Runs inside a store transaction; pure otherwise.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "auth/user.h"
#include "charter/charter_service.h"
#include "library/library_service.h"
#include "policy/engine.h"
#include "sharing/compose.h"
#include "sharing/share_plan.h"
#include "store/database.h"
#include "util/result.h"
#include "util/time_zone.h"

namespace pv::sharing {

// The advisor's view of a content item: 404 not_found when the advisor cannot
// see it (unknown, never approved, targeted elsewhere), 409 not_live when it
// is archived or outside its share window.
struct ShareableItem {
  store::ContentItemRow item;
  store::ContentVersionRow version;
  // The charter version under which this version was approved.
  std::optional<std::int64_t> approved_charter_version_id;
};
Result<ShareableItem> shareable_item(store::Tx& tx, const auth::User& advisor,
                                     const std::string& content_id, TimePoint now);

struct DraftInput {
  const auth::User* advisor = nullptr;
  const ShareableItem* item = nullptr;
  policy::Network network = policy::Network::kLinkedIn;
  // The caption the library assigned this advisor for the network, if any.
  std::optional<std::string> assigned_caption;
  std::optional<std::string> caption;  // the advisor's, when given
  const charter::CharterVersion* charter = nullptr;
  bool posts_by_api = false;
  std::string link_code;   // the tracked link's code (used when the item has a URL)
  std::string public_url;  // where tracked links live
  TimePoint now;
  const TimeZone* zone = nullptr;
};

struct Draft {
  std::string caption;
  policy::Origin origin = policy::Origin::kLibrary;
  policy::CheckContext context;
  policy::Verdict verdict;
  Composition composition;
  StartingPoint start;
  bool approval_kept = false;
  std::optional<std::string> link;         // the tracked link in the text
  std::optional<std::string> link_target;  // where it leads (the item's URL with UTM tags)
};

// 422 caption_locked, no_caption; 422 too_long (how much to cut).
Result<Draft> make_draft(store::Tx& tx, const DraftInput& in);

// "library", "edited", "original".
std::string origin_name(policy::Origin origin);

}  // namespace pv::sharing
