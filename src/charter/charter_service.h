// The usage charter in the server: its versions in the store, the one in
// force compiled and shared by every request, checks against it, and the
// users' acknowledgements.
//
// The version in force is the newest stored one. Every call to current()
// asks the store for the newest id (one indexed read) and recompiles when it
// changed, so a version published on any server takes effect on all of them,
// atomically per request, without a restart. Thread-safe.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "policy/engine.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::charter {

struct CharterVersion {
  std::int64_t version_id = 0;
  std::string version;  // the author's label
  std::string charter_id;
  nlohmann::json document;
  std::string created_by;
  TimePoint created_at;
  std::shared_ptr<const policy::CompiledCharter> compiled;
};

struct CheckResult {
  policy::Verdict verdict;
  std::int64_t charter_version_id = 0;
};

class CharterService {
 public:
  CharterService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                 policy::CompileOptions options);

  // The version in force; null when no charter was ever published.
  std::shared_ptr<const CharterVersion> current();

  // Stores `document` as the new version in force: 422 charter_invalid with
  // every error by JSON path; 409 version_taken when its label was used before.
  Result<std::shared_ptr<const CharterVersion>> publish(const std::string& actor,
                                                        const nlohmann::json& document);

  std::vector<store::CharterVersionRow> versions();  // newest first, no documents
  Result<store::CharterVersionRow> version(std::int64_t id);

  // The verdict of the version in force; 409 no_charter when there is none.
  Result<CheckResult> check(std::string_view text, const policy::CheckContext& context);

  // Only the version in force can be acknowledged (404 unknown, 409 otherwise).
  Status acknowledge(const std::string& user_id, std::int64_t version_id);
  // Whether the user acknowledged the version in force (false when none).
  bool acknowledged(const std::string& user_id);

 private:
  std::shared_ptr<const CharterVersion> compile_row(const store::CharterVersionRow& row) const;

  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  policy::CompileOptions options_;
  std::mutex compile_mutex_;  // one compilation at a time
  std::atomic<std::shared_ptr<const CharterVersion>> current_;
};

}  // namespace pv::charter
