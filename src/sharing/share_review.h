// Shares as subjects of the review queue (review/review.h): `share` reviews
// hold a share before publication (a decision schedules or rejects it),
// `sample` reviews look at a published one after the fact (a decision changes
// nothing on the share: the record of it is the review). Nobody reviews their
// own shares.
#pragma once

#include "review/review.h"
#include "sharing/share_service.h"

namespace pv::sharing {

class ShareReviewSubject final : public review::SubjectHandler {
 public:
  explicit ShareReviewSubject(ShareService& shares, bool before_publication)
      : shares_(shares), before_publication_(before_publication) {}

  bool is_author(store::Tx& tx, const store::ReviewRow& review,
                 const std::string& user_id) override;
  void on_decided(store::Tx& tx, const store::ReviewRow& review,
                  const store::ReviewDecisionRow& decision) override;
  nlohmann::json subject_json(store::Tx& tx, const store::ReviewRow& review) override;

 private:
  ShareService& shares_;
  bool before_publication_;
};

}  // namespace pv::sharing
