// ContentService as the handler of reviews of kind `content`: approving a
// review makes its version the live one (the one it replaces is superseded);
// rejecting it sends the version back to its author with the note.
#include "library/content_check.h"
#include "library/content_json.h"
#include "library/content_service.h"
#include "util/time.h"

namespace pv::library {
namespace {

store::ContentVersionRow reviewed_version(store::Tx& tx, const store::ReviewRow& review) {
  auto version = tx.content().find_version(review.subject_id,
                                           static_cast<int>(review.subject_version.value_or(0)));
  if (!version) throw std::logic_error("review " + review.id + " names no content version");
  return *version;
}

}  // namespace

bool ContentService::is_author(store::Tx& tx, const store::ReviewRow& review,
                               const std::string& user_id) {
  auto version = reviewed_version(tx, review);
  return version.created_by == user_id || version.updated_by == user_id ||
         version.submitted_by == user_id;
}

void ContentService::on_decided(store::Tx& tx, const store::ReviewRow& review,
                                const store::ReviewDecisionRow& decision) {
  auto version = reviewed_version(tx, review);
  auto item = tx.content().find_item(review.subject_id);
  if (version.status != "pending" || !item) {
    throw Error(ErrorKind::kConflict, "not_pending",
                "The item is no longer waiting for this review (it is " + version.status + ").");
  }
  nlohmann::json data = {{"version", version.version},
                         {"review_id", review.id},
                         {"note", decision.note},
                         {"reason", decision.reason ? nlohmann::json(*decision.reason) : nullptr}};
  if (decision.decision == "approve") {
    if (item->live_version && *item->live_version != version.version) {
      if (auto previous = tx.content().find_version(item->id, *item->live_version)) {
        previous->status = "superseded";
        tx.content().update_version(*previous, std::nullopt);
        data["superseded_version"] = previous->version;
      }
    }
    version.status = "approved";
    version.approved_by = decision.reviewer_id;
    version.approved_at = decision.decided_at;
    item->live_version = version.version;
    tx.content().update_item(*item);
  } else {
    version.status = "rejected";
  }
  tx.content().update_version(version, std::nullopt);
  audit_.record(tx, {decision.reviewer_id,
                     version.status == "approved" ? "content.approve" : "content.reject", "content",
                     item->id, data});
}

nlohmann::json ContentService::subject_json(store::Tx& tx, const store::ReviewRow& review) {
  auto version = reviewed_version(tx, review);
  auto item = tx.content().find_item(review.subject_id);
  auto out = content_json(*item, version, clock_.now());
  nlohmann::json parts = nlohmann::json::array();
  for (const auto& part : checked_parts(fields_of(version))) {
    parts.push_back({{"part", part.name},
                     {"network", part.network ? nlohmann::json(policy::to_string(*part.network))
                                              : nlohmann::json(nullptr)},
                     {"text", part.text}});
  }
  out["parts"] = std::move(parts);
  return out;
}

}  // namespace pv::library
