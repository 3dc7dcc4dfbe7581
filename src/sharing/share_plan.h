// What becomes of a share once the charter has judged it (API.md, "Sharing";
// CHARTER.md, "Disclaimers"): the disclaimers its verdict chose, in the
// post's language, and the status it starts in.
//
// - block: `blocked`, recorded, never published;
// - review: `pending_review`, until compliance approves it;
// - otherwise (allow, warn, flag): `scheduled` when it goes out through a
//   connected account, `awaiting_confirmation` (a share-intent link) when not;
//   a flag opens a review of the post after publication.
//
// An unchanged library caption of an item version approved under the charter
// version in force keeps that approval: review and flag hold it no more (its
// findings still choose the disclaimers). Block still blocks.
//
// Pure: any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "policy/charter.h"
#include "policy/engine.h"
#include "sharing/compose.h"

namespace pv::sharing {

// The texts of the disclaimers `verdict` lists, in charter order and in
// `language` (French for a French tag when the charter has French).
std::vector<DisclaimerText> disclaimer_texts(const policy::Charter& charter,
                                             const policy::Verdict& verdict,
                                             std::string_view language);

struct StartingPoint {
  std::string status;         // blocked, pending_review, scheduled, awaiting_confirmation
  bool review_after = false;  // flagged: reviewed once published
};

StartingPoint starting_point(policy::Action verdict, bool approval_kept, bool posts_by_api);

}  // namespace pv::sharing
