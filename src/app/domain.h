// The domain services over the store, built the same way for `serve` and
// `demo` from the configuration: the only place they are wired together
// (the content library handles the reviews of kind `content`).
#pragma once

#include <memory>

#include "analytics/analytics_service.h"
#include "analytics/click_salts.h"
#include "analytics/link_service.h"
#include "app/config.h"
#include "app/stores.h"
#include "auth/user_service.h"
#include "charter/charter_service.h"
#include "http/client.h"
#include "library/content_service.h"
#include "library/library_service.h"
#include "library/media_service.h"
#include "networks/account_service.h"
#include "networks/connectors.h"
#include "review/review_service.h"
#include "sharing/share_review.h"
#include "sharing/share_service.h"
#include "util/time_zone.h"

namespace pv::app {

class Domain {
 public:
  Domain(const Config& config, Stores& stores, const Clock& clock);
  Domain(const Domain&) = delete;
  Domain& operator=(const Domain&) = delete;

  TimeZone zone;  // the firm's
  auth::UserService users;
  charter::CharterService charter;
  review::ReviewService reviews;
  library::MediaService media;
  library::ContentService content;
  library::LibraryService library;
  // The social networks: the outbound client, a connector per configured
  // network, the advisors' connected accounts.
  std::unique_ptr<http::Client> network_client;
  networks::ConnectorRegistry connectors;
  networks::AccountService accounts;
  // Tracked links and the analytics.
  analytics::ClickSalts salts;
  analytics::LinkService links;
  analytics::AnalyticsService analytics;
  // Shares, and the review queue's `share` and `sample` kinds.
  sharing::ShareService shares;
  sharing::ShareReviewSubject share_reviews;
  sharing::ShareReviewSubject sample_reviews;
};

}  // namespace pv::app
