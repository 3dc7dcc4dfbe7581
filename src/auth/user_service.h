// Accounts and groups: creating, changing and deactivating users (which ends
// their sessions and tokens at once), every change in the audit log.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "auth/principal.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::auth {

struct NewUser {
  std::string email;
  std::string name;
  std::string password;
  std::vector<std::string> roles;
  std::string function;
  std::vector<std::string> groups;  // group ids
  std::string region;
  std::string language = "en";
  std::vector<std::string> tags;
};

// Only the fields present change.
struct UserPatch {
  std::optional<std::string> name;
  std::optional<std::string> password;
  std::optional<std::vector<std::string>> roles;
  std::optional<std::string> function;
  std::optional<std::vector<std::string>> groups;
  std::optional<std::string> region;
  std::optional<std::string> language;
  std::optional<std::vector<std::string>> tags;
  std::optional<bool> active;
};

struct Group {
  std::string id;
  std::string name;
  std::string description;
  TimePoint created_at;
};

// A new user checked and with its password hashed (slow), ready to be inserted
// in a transaction.
struct PreparedUser {
  store::UserRow row;
};

struct UserPage {
  std::vector<User> users;
  std::optional<std::string> next_after;  // the last id, when more may follow
};

class UserService {
 public:
  UserService(store::Database& db, audit::AuditLog& audit, const Clock& clock);

  // `actor` is the acting user's id, or "system" for the command line.
  // 422 naming each invalid field; 409 email_taken.
  Result<User> create_user(const std::string& actor, const NewUser& user);
  // The same in two steps, for callers that add their own writes to the
  // transaction (the API's idempotency keys): prepare outside it, insert inside.
  Result<PreparedUser> prepare_user(const NewUser& user) const;
  Result<User> insert_user(store::Tx& tx, const std::string& actor, const PreparedUser& user);
  Result<User> update_user(const std::string& actor, const std::string& id, const UserPatch& patch);
  Result<User> get_user(const std::string& id);
  UserPage list_users(const std::optional<std::string>& after_id, int limit);

  Result<Group> create_group(const std::string& actor, const std::string& name,
                             const std::string& description);
  Result<Group> insert_group(store::Tx& tx, const std::string& actor, const std::string& name,
                             const std::string& description);
  std::vector<Group> list_groups();

 private:
  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
};

}  // namespace pv::auth
