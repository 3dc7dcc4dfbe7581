// Server-side sign-in sessions. The cookie carries a random token; the store
// keeps only its SHA-256, so a copy of the database opens no session.
#pragma once

#include <optional>
#include <string>

#include "util/clock.h"

namespace pv::store {

struct SessionRow {
  std::string token_hash;  // hex SHA-256 of the cookie's token
  std::string user_id;
  std::string csrf_token;
  TimePoint created_at;
  TimePoint last_seen_at;
  TimePoint expires_at;
};

class SessionRepo {
 public:
  virtual ~SessionRepo() = default;
  virtual void insert(const SessionRow& session) = 0;
  virtual std::optional<SessionRow> find(const std::string& token_hash) = 0;
  virtual void touch(const std::string& token_hash, TimePoint last_seen_at,
                     TimePoint expires_at) = 0;
  virtual void remove(const std::string& token_hash) = 0;
  virtual void remove_for_user(const std::string& user_id) = 0;
  virtual void remove_expired(TimePoint now) = 0;
};

}  // namespace pv::store
