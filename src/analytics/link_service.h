// Following a tracked link (API.md: GET /l/{code}): the content's URL with
// its UTM tags, and one click recorded per request, people and bots apart
// (click_classifier.h), the reader kept only as a salted key (visitor_key.h).
// Clicks are measurements, not changes to a record: they are not audited.
//
// Thread-safe.
#pragma once

#include <string>

#include "analytics/click_salts.h"
#include "store/database.h"
#include "util/clock.h"
#include "util/result.h"

namespace pv::analytics {

struct ClickRequest {
  std::string method;      // GET or HEAD
  std::string user_agent;  // empty when none was sent
  std::string address;     // the client's address (never stored)
};

class LinkService {
 public:
  LinkService(store::Database& db, const Clock& clock, ClickSalts& salts);

  // Where `code` leads, with the click recorded; 404 not_found for a code
  // that is not one (nothing is recorded then).
  Result<std::string> follow(const std::string& code, const ClickRequest& request);

 private:
  store::Database& db_;
  const Clock& clock_;
  ClickSalts& salts_;
};

}  // namespace pv::analytics
