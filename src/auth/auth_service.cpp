#include "auth/auth_service.h"

#include <algorithm>

#include "auth/password.h"
#include "util/crypto.h"
#include "util/ids.h"

namespace pv::auth {
namespace {

// A session or token is written back at most this often when used, so that a
// busy user does not cost a write per request.
constexpr auto kTouchInterval = std::chrono::seconds(60);
constexpr const char* kTokenPrefix = "pv_";

std::string normalise_email(std::string email) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  email.erase(email.begin(), std::find_if(email.begin(), email.end(), not_space));
  email.erase(std::find_if(email.rbegin(), email.rend(), not_space).base(), email.end());
  std::transform(email.begin(), email.end(), email.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return email;
}

Error invalid_credentials() {
  return Error(ErrorKind::kUnauthorized, "invalid_credentials",
               "The e-mail address or the password is not right.");
}

}  // namespace

AuthService::AuthService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                         SessionOptions sessions, ThrottleOptions throttle)
    : db_(db), audit_(audit), clock_(clock), sessions_(sessions), throttle_(throttle) {}

Result<LoginResult> AuthService::login(const std::string& email_in, const std::string& password,
                                       const std::string& client_address,
                                       const std::string& previous_session_token) {
  const std::string email = normalise_email(email_in);
  const auto email_key = LoginThrottle::email_key(email);
  const auto address_key = LoginThrottle::address_key(client_address);
  const TimePoint now = clock_.now();

  auto locked = db_.read_value([&](store::Tx& tx) {
    return std::max(throttle_.locked_for(tx, email_key, now).value_or(0),
                    throttle_.locked_for(tx, address_key, now).value_or(0));
  });
  if (locked > 0) {
    return Error(ErrorKind::kThrottled, "throttled",
                 "Too many failed sign-ins. Try again in " + std::to_string(locked) + " seconds.")
        .with_retry_after(locked);
  }

  // The slow hash runs outside any transaction.
  auto row = db_.read_value([&](store::Tx& tx) { return tx.users().find_by_email(email); });
  bool ok = row ? verify_password(row->password_hash, password) && row->active
                : (verify_password(decoy_hash(), password), false);
  if (!ok) {
    db_.write([&](store::Tx& tx) {
      const auto& opts = throttle_.options();
      bool email_locked = throttle_.record_failure(tx, email_key, opts.max_failures_per_email, now);
      bool address_locked =
          throttle_.record_failure(tx, address_key, opts.max_failures_per_address, now);
      if (email_locked || address_locked) {
        audit_.record(tx, {"system",
                           "auth.lockout",
                           "login",
                           email_locked ? email : "",
                           {{"email", email}, {"address", client_address}}});
      }
    });
    return invalid_credentials();
  }

  LoginResult result;
  result.user = user_from_row(*row);
  result.session_token = crypto::random_token();
  result.csrf_token = crypto::random_token();
  result.expires_at = now + std::min(sessions_.idle_timeout, sessions_.absolute_timeout);
  db_.write([&](store::Tx& tx) {
    throttle_.reset(tx, email_key);
    if (!previous_session_token.empty()) {
      tx.sessions().remove(crypto::sha256_hex(previous_session_token));
    }
    tx.sessions().insert(store::SessionRow{crypto::sha256_hex(result.session_token), row->id,
                                           result.csrf_token, now, now, result.expires_at});
    audit_.record(tx, {row->id, "auth.login", "user", row->id, {{"address", client_address}}});
  });
  return result;
}

void AuthService::logout(const Principal& principal) {
  if (principal.method != AuthMethod::kSession) return;
  db_.write([&](store::Tx& tx) {
    tx.sessions().remove(principal.session_hash);
    audit_.record(tx, {principal.user.id, "auth.logout", "user", principal.user.id, {}});
  });
}

std::optional<Principal> AuthService::authenticate_session(const std::string& session_token) {
  if (session_token.empty()) return std::nullopt;
  const auto hash = crypto::sha256_hex(session_token);
  const TimePoint now = clock_.now();
  std::optional<store::SessionRow> session;
  std::optional<store::UserRow> user;
  db_.read([&](store::Tx& tx) {
    session = tx.sessions().find(hash);
    if (session) user = tx.users().find(session->user_id);
  });
  if (!session || session->expires_at <= now || !user || !user->active) return std::nullopt;
  if (now - session->last_seen_at >= kTouchInterval) {
    auto expires =
        std::min(session->created_at + sessions_.absolute_timeout, now + sessions_.idle_timeout);
    db_.write([&](store::Tx& tx) { tx.sessions().touch(hash, now, expires); });
  }
  return Principal{user_from_row(*user), AuthMethod::kSession, hash, session->csrf_token, ""};
}

std::optional<Principal> AuthService::authenticate_bearer(const std::string& token) {
  if (token.rfind(kTokenPrefix, 0) != 0) return std::nullopt;
  const auto hash = crypto::sha256_hex(token);
  const TimePoint now = clock_.now();
  std::optional<store::TokenRow> row;
  std::optional<store::UserRow> user;
  db_.read([&](store::Tx& tx) {
    row = tx.tokens().find_by_hash(hash);
    if (row) user = tx.users().find(row->user_id);
  });
  if (!row || !user || !user->active) return std::nullopt;
  if (!row->last_used_at || now - *row->last_used_at >= kTouchInterval) {
    db_.write([&](store::Tx& tx) { tx.tokens().mark_used(row->id, now); });
  }
  return Principal{user_from_row(*user), AuthMethod::kBearer, "", "", row->id};
}

Result<CreatedToken> AuthService::insert_token(store::Tx& tx, const Principal& principal,
                                               const std::string& name) {
  if (name.empty() || name.size() > 100) {
    return Error::invalid_field("name", "must be 1 to 100 characters");
  }
  const TimePoint now = clock_.now();
  CreatedToken created{new_id(now), kTokenPrefix + crypto::random_token(), name};
  tx.tokens().insert(store::TokenRow{created.id, principal.user.id, name,
                                     crypto::sha256_hex(created.token), now, std::nullopt});
  audit_.record(tx, {principal.user.id, "token.create", "token", created.id, {{"name", name}}});
  return created;
}

Result<CreatedToken> AuthService::create_token(const Principal& principal,
                                               const std::string& name) {
  std::optional<Result<CreatedToken>> result;
  db_.write([&](store::Tx& tx) { result.emplace(insert_token(tx, principal, name)); });
  return std::move(*result);
}

Status AuthService::revoke_token(const Principal& principal, const std::string& token_id) {
  bool removed = false;
  db_.write([&](store::Tx& tx) {
    auto row = tx.tokens().find(token_id);
    if (!row) return;
    if (row->user_id != principal.user.id && !principal.user.roles.has(Role::kAdmin)) return;
    tx.tokens().remove(token_id);
    audit_.record(
        tx, {principal.user.id, "token.revoke", "token", token_id, {{"owner", row->user_id}}});
    removed = true;
  });
  if (!removed) return Error(ErrorKind::kNotFound, "not_found", "No such token.");
  return Ok{};
}

}  // namespace pv::auth
