// The domain services over the store, built the same way for `serve` and
// `demo` from the configuration: the only place they are wired together
// (the content library handles the reviews of kind `content`).
#pragma once

#include "app/config.h"
#include "app/stores.h"
#include "auth/user_service.h"
#include "charter/charter_service.h"
#include "library/content_service.h"
#include "library/library_service.h"
#include "library/media_service.h"
#include "review/review_service.h"

namespace pv::app {

class Domain {
 public:
  Domain(const Config& config, Stores& stores, const Clock& clock);
  Domain(const Domain&) = delete;
  Domain& operator=(const Domain&) = delete;

  auth::UserService users;
  charter::CharterService charter;
  review::ReviewService reviews;
  library::MediaService media;
  library::ContentService content;
  library::LibraryService library;
};

}  // namespace pv::app
