#include "sharing/share_plan.h"

namespace pv::sharing {

std::vector<DisclaimerText> disclaimer_texts(const policy::Charter& charter,
                                             const policy::Verdict& verdict,
                                             std::string_view language) {
  std::vector<DisclaimerText> out;
  for (const auto& d : charter.disclaimers) {
    bool applies = false;
    for (const auto& id : verdict.disclaimers)
      applies = applies || id == d.id;
    if (!applies) continue;
    DisclaimerText text{d.text.in(language), std::nullopt};
    if (d.short_text) text.short_form = d.short_text->in(language);
    out.push_back(std::move(text));
  }
  return out;
}

StartingPoint starting_point(policy::Action verdict, bool approval_kept, bool posts_by_api) {
  using policy::Action;
  if (verdict == Action::kBlock) return {"blocked", false};
  if (verdict == Action::kReview && !approval_kept) return {"pending_review", false};
  const bool flagged = verdict == Action::kFlag && !approval_kept;
  return {posts_by_api ? "scheduled" : "awaiting_confirmation", flagged};
}

}  // namespace pv::sharing
