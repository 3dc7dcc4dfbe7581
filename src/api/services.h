// What the API's handlers work with: the domain services and the few settings
// the HTTP edge needs. Built once by the composition root (src/app), shared by
// every worker thread (each service is thread-safe).
#pragma once

#include <filesystem>

#include "analytics/analytics_service.h"
#include "analytics/link_service.h"
#include "audit/audit_log.h"
#include "auth/auth_service.h"
#include "auth/user_service.h"
#include "charter/charter_service.h"
#include "library/content_service.h"
#include "library/library_service.h"
#include "library/media_service.h"
#include "networks/account_service.h"
#include "review/review_service.h"
#include "sharing/share_service.h"
#include "store/database.h"
#include "util/clock.h"
#include "util/metrics.h"

namespace pv::api {

struct Services {
  store::Database& db;
  audit::AuditLog& audit;
  auth::AuthService& auth;
  auth::UserService& users;
  charter::CharterService& charter;
  library::MediaService& media;
  library::ContentService& content;
  library::LibraryService& library;
  review::ReviewService& reviews;
  metrics::Registry& metrics;
  const Clock& clock;
  std::filesystem::path static_dir;
  bool secure_cookies = false;       // served over TLS: cookies get Secure
  bool trust_forwarded_for = false;  // behind a reverse proxy
  int session_cookie_max_age = 12 * 60 * 60;
  std::string openapi_json;  // built from the routes at start-up (routes.cpp)
  networks::AccountService& accounts;
  // Where users reach this server (configuration; with port 0, the bound port):
  // OAuth callbacks and links back to the UI are built on it.
  std::string public_url;
  analytics::LinkService& links;
  analytics::AnalyticsService& analytics;
  sharing::ShareService& shares;
};

}  // namespace pv::api
