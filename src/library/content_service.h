// The content library as marketing and compliance work on it (API.md):
// items and their versions, and their lifecycle
//   draft -> pending -> approved | rejected;  any -> archived
// with every transition in the audit log in the same transaction. An approved
// version is never edited: revise() makes a new draft version while the
// approved one stays live. Submitting checks the item against the charter in
// force (content_check.h): a `block` verdict refuses it, anything else stores
// the verdict and opens a review, whose decision comes back here
// (review::SubjectHandler).
//
// Thread-safe: the store serialises writes; the charter is immutable.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "charter/charter_service.h"
#include "library/content.h"
#include "review/review_service.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::library {

struct AuthorListQuery {
  std::optional<std::string> status;  // draft, pending, approved, expired, rejected, archived
  std::optional<std::string> q;
  std::optional<std::string> tag;
  std::optional<std::string> language;
  std::optional<std::string> network;
  std::optional<std::string> group;
  std::optional<std::string> cursor;  // as page_json made it
  int limit = 50;
};

struct ContentPage {
  nlohmann::json items = nlohmann::json::array();
  std::optional<std::string> next;  // the cursor of the next page
};

class ContentService final : public review::SubjectHandler {
 public:
  ContentService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                 charter::CharterService& charter, review::ReviewService& reviews);

  // A new item in `draft`, in `tx` (the API adds its idempotency key). 422
  // naming each invalid field, unknown groups and media included.
  Result<nlohmann::json> create(store::Tx& tx, const std::string& actor,
                                const ContentFields& fields);
  // Edits the latest version: drafts and rejected ones only (409
  // not_editable); a rejected version becomes a draft again.
  Result<nlohmann::json> patch(const std::string& actor, const std::string& id,
                               const ContentPatch& patch);
  // draft -> pending (see above); 422 charter_blocked with the verdict in
  // details; 409 not_draft, no_charter; 422 when it has no caption.
  Result<nlohmann::json> submit(const std::string& actor, const std::string& id);
  // -> archived: no longer live, its open review cancelled; 409 when archived.
  Result<nlohmann::json> archive(const std::string& actor, const std::string& id);
  // A new draft version of an approved item, in `tx`; 409 not_approved.
  Result<nlohmann::json> revise(store::Tx& tx, const std::string& actor, const std::string& id);

  // The latest version (or `version`), with its review; 404 when unknown.
  Result<nlohmann::json> get(const std::string& id, std::optional<int> version);
  // Each item's latest version, newest item first; 422 for a bad cursor.
  Result<ContentPage> list(const AuthorListQuery& query);

  // review::SubjectHandler, for reviews of kind `content`.
  bool is_author(store::Tx& tx, const store::ReviewRow& review,
                 const std::string& user_id) override;
  void on_decided(store::Tx& tx, const store::ReviewRow& review,
                  const store::ReviewDecisionRow& decision) override;
  nlohmann::json subject_json(store::Tx& tx, const store::ReviewRow& review) override;

 private:
  nlohmann::json json_with_review(store::Tx& tx, const store::ContentItemRow& item,
                                  const store::ContentVersionRow& version) const;
  // 422 naming the groups and media that do not exist.
  Status check_references(store::Tx& tx, const ContentFields& fields) const;

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  charter::CharterService& charter_;
  review::ReviewService& reviews_;
};

}  // namespace pv::library
