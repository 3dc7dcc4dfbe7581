// Media files as stored: their bytes in the database, so that every server
// behind a proxy serves the same files. Stored once per SHA-256.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "util/clock.h"

namespace pv::store {

struct MediaRow {
  std::string id;
  std::string sha256;  // hex
  std::string content_type;
  std::int64_t bytes = 0;
  std::optional<int> width;  // images only
  std::optional<int> height;
  std::string data;  // the file; empty when read without it
  std::string created_by;
  TimePoint created_at;
};

class MediaRepo {
 public:
  virtual ~MediaRepo() = default;
  // Throws Error(kUniqueViolation) when the same bytes are stored already.
  virtual void insert(const MediaRow& row) = 0;
  // With the bytes only when `with_data`.
  virtual std::optional<MediaRow> find(const std::string& id, bool with_data) = 0;
  // Without the bytes.
  virtual std::optional<MediaRow> find_by_sha256(const std::string& sha256) = 0;
};

}  // namespace pv::store
