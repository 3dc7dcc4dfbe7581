// Media files for content items: checked to be what their type says, stored
// once per SHA-256 in the store (every server sees them), served back with
// their type.
//
// Thread-safe: the store serialises writes.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "library/media_type.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::library {

struct MediaOptions {
  std::size_t max_bytes = 20 * 1024 * 1024;  // configuration: media.max_bytes
};

// An upload checked and hashed, ready to be stored in a transaction.
struct PreparedMedia {
  MediaInfo info;
  std::string sha256;  // hex
  std::string_view bytes;
};

class MediaService {
 public:
  MediaService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
               MediaOptions options);

  // 413 media_too_large over the size limit, 400 for an empty file, 415 when
  // the bytes are not of `declared_type` (media_type.h).
  Result<PreparedMedia> prepare(std::string_view declared_type, std::string_view bytes) const;
  // Stores the file, or returns the one stored before with the same bytes.
  store::MediaRow insert(store::Tx& tx, const std::string& actor, const PreparedMedia& media);
  // With its bytes; 404 when unknown.
  Result<store::MediaRow> get(const std::string& id);

 private:
  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  MediaOptions options_;
};

// {id, content_type, bytes, sha256, width, height, created_at}.
nlohmann::json media_json(const store::MediaRow& row);

}  // namespace pv::library
