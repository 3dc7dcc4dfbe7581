#include "library/media_service.h"

#include "util/crypto.h"
#include "util/ids.h"
#include "util/time.h"

namespace pv::library {

MediaService::MediaService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                           MediaOptions options)
    : db_(db), audit_(audit), clock_(clock), options_(options) {}

Result<PreparedMedia> MediaService::prepare(std::string_view declared_type,
                                            std::string_view bytes) const {
  if (bytes.size() > options_.max_bytes) {
    return Error(
        ErrorKind::kTooLarge, "media_too_large",
        "The file is larger than the " + std::to_string(options_.max_bytes) + " bytes allowed.",
        {{"limit", options_.max_bytes}, {"bytes", bytes.size()}});
  }
  if (bytes.empty()) {
    return Error(ErrorKind::kBadRequest, "empty_body", "Send the file as the request body.");
  }
  auto info = inspect_media(declared_type, bytes);
  if (!info) return info.error();
  return PreparedMedia{std::move(*info), crypto::sha256_hex(bytes), bytes};
}

store::MediaRow MediaService::insert(store::Tx& tx, const std::string& actor,
                                     const PreparedMedia& media) {
  if (auto existing = tx.media().find_by_sha256(media.sha256)) return *existing;
  const TimePoint now = clock_.now();
  store::MediaRow row;
  row.id = new_id(now);
  row.sha256 = media.sha256;
  row.content_type = media.info.content_type;
  row.bytes = static_cast<std::int64_t>(media.bytes.size());
  row.width = media.info.width;
  row.height = media.info.height;
  row.data = std::string(media.bytes);
  row.created_by = actor;
  row.created_at = now;
  tx.media().insert(row);
  audit_.record(
      tx, {actor,
           "media.upload",
           "media",
           row.id,
           {{"content_type", row.content_type}, {"bytes", row.bytes}, {"sha256", row.sha256}}});
  row.data.clear();
  return row;
}

Result<store::MediaRow> MediaService::get(const std::string& id) {
  auto row = db_.read_value([&](store::Tx& tx) { return tx.media().find(id, true); });
  if (!row) return Error(ErrorKind::kNotFound, "not_found", "No such media file.");
  return *row;
}

nlohmann::json media_json(const store::MediaRow& row) {
  return {{"id", row.id},
          {"content_type", row.content_type},
          {"bytes", row.bytes},
          {"sha256", row.sha256},
          {"width", row.width ? nlohmann::json(*row.width) : nullptr},
          {"height", row.height ? nlohmann::json(*row.height) : nullptr},
          {"created_at", format_time(row.created_at)}};
}

}  // namespace pv::library
