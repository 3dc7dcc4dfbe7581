// Users and groups as stored. Roles, groups and tags are lists of strings here;
// src/auth gives them their meaning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct UserRow {
  std::string id;
  std::string email;  // lower-cased, unique
  std::string name;
  std::string password_hash;  // argon2id, libsodium's string form
  std::vector<std::string> roles;
  std::string function;
  std::vector<std::string> groups;  // group ids
  std::string region;
  std::string language;
  std::vector<std::string> tags;
  bool active = true;
  TimePoint created_at;
  TimePoint updated_at;
};

class UserRepo {
 public:
  virtual ~UserRepo() = default;
  // Throws Error(kUniqueViolation) when the e-mail is taken.
  virtual void insert(const UserRow& user) = 0;
  // Replaces every field but id and created_at.
  virtual void update(const UserRow& user) = 0;
  virtual std::optional<UserRow> find(const std::string& id) = 0;
  virtual std::optional<UserRow> find_by_email(const std::string& email) = 0;
  // Ordered by id (creation time); ids strictly after `after_id` when given.
  virtual std::vector<UserRow> list(const std::optional<std::string>& after_id, int limit) = 0;
  virtual int count() = 0;
};

}  // namespace pv::store
