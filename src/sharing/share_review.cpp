#include "sharing/share_review.h"

#include "sharing/share_json.h"

namespace pv::sharing {

bool ShareReviewSubject::is_author(store::Tx& tx, const store::ReviewRow& review,
                                   const std::string& user_id) {
  auto share = tx.shares().find(review.subject_id);
  return share && share->user_id == user_id;
}

void ShareReviewSubject::on_decided(store::Tx& tx, const store::ReviewRow& review,
                                    const store::ReviewDecisionRow& decision) {
  if (before_publication_) shares_.review_decided(tx, review, decision);
}

nlohmann::json ShareReviewSubject::subject_json(store::Tx& tx, const store::ReviewRow& review) {
  auto share = tx.shares().find(review.subject_id);
  if (!share) return nullptr;
  auto json = share_json(*share, shares_.options().public_url);
  json["attempts"] = attempts_json(tx.publish_jobs().attempts(share->id));
  return json;
}

}  // namespace pv::sharing
