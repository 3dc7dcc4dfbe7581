// Bearer tokens: shown once at creation, stored as their SHA-256 only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct TokenRow {
  std::string id;
  std::string user_id;
  std::string name;
  std::string token_hash;  // hex SHA-256 of the token
  TimePoint created_at;
  std::optional<TimePoint> last_used_at;
};

class TokenRepo {
 public:
  virtual ~TokenRepo() = default;
  virtual void insert(const TokenRow& token) = 0;
  virtual std::optional<TokenRow> find(const std::string& id) = 0;
  virtual std::optional<TokenRow> find_by_hash(const std::string& token_hash) = 0;
  virtual std::vector<TokenRow> list_for_user(const std::string& user_id) = 0;
  virtual void mark_used(const std::string& id, TimePoint at) = 0;
  virtual void remove(const std::string& id) = 0;
  virtual void remove_for_user(const std::string& user_id) = 0;
};

}  // namespace pv::store
