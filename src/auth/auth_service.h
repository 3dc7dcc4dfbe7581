// Signing in and out, sessions and bearer tokens.
//
// Sessions live in the store (SessionRepo): the cookie carries a random token,
// the store its SHA-256. A new session id is made at every sign-in (the one the
// request carried, if any, ends), and sessions end at sign-out and when the
// user is deactivated (UserService). Thread-safe: state is in the store.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "audit/audit_log.h"
#include "auth/login_throttle.h"
#include "auth/principal.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::auth {

struct SessionOptions {
  std::chrono::seconds idle_timeout{2 * 60 * 60};
  std::chrono::seconds absolute_timeout{12 * 60 * 60};
};

struct LoginResult {
  User user;
  std::string session_token;  // for the cookie; shown to nobody else
  std::string csrf_token;
  TimePoint expires_at;
};

struct CreatedToken {
  std::string id;
  std::string token;  // shown once
  std::string name;
};

class AuthService {
 public:
  AuthService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
              SessionOptions sessions, ThrottleOptions throttle);

  // 401 invalid_credentials whether or not the e-mail exists; 429 throttled
  // (with retry_after) after repeated failures. `previous_session_token` is the
  // cookie the request carried, ended on success.
  Result<LoginResult> login(const std::string& email, const std::string& password,
                            const std::string& client_address,
                            const std::string& previous_session_token);
  void logout(const Principal& principal);

  std::optional<Principal> authenticate_session(const std::string& session_token);
  std::optional<Principal> authenticate_bearer(const std::string& token);

  Result<CreatedToken> create_token(const Principal& principal, const std::string& name);
  // The same inside the caller's transaction.
  Result<CreatedToken> insert_token(store::Tx& tx, const Principal& principal,
                                    const std::string& name);
  // Owner or admin; 404 for anyone else (a token's existence is not theirs to know).
  Status revoke_token(const Principal& principal, const std::string& token_id);

 private:
  store::Database& db_;
  audit::AuditLog& audit_;
  const Clock& clock_;
  SessionOptions sessions_;
  LoginThrottle throttle_;
};

}  // namespace pv::auth
