// Factories for the SQLite repositories (one file each, with its SQL).
#pragma once

#include <memory>

#include "store/database.h"
#include "store/sqlite/connection.h"

namespace pv::store::sqlite {

std::unique_ptr<UserRepo> make_user_repo(Connection& c);
std::unique_ptr<GroupRepo> make_group_repo(Connection& c);
std::unique_ptr<SessionRepo> make_session_repo(Connection& c);
std::unique_ptr<TokenRepo> make_token_repo(Connection& c);
std::unique_ptr<LoginThrottleRepo> make_login_throttle_repo(Connection& c);
std::unique_ptr<AuditRepo> make_audit_repo(Connection& c);
std::unique_ptr<IdempotencyRepo> make_idempotency_repo(Connection& c);
std::unique_ptr<NetworkAccountRepo> make_network_account_repo(Connection& c);
std::unique_ptr<OAuthStateRepo> make_oauth_state_repo(Connection& c);
std::unique_ptr<CharterRepo> make_charter_repo(Connection& c);
std::unique_ptr<ContentRepo> make_content_repo(Connection& c);
std::unique_ptr<LinkRepo> make_link_repo(Connection& c);
std::unique_ptr<MediaRepo> make_media_repo(Connection& c);
std::unique_ptr<PublishJobRepo> make_publish_job_repo(Connection& c);
std::unique_ptr<ReviewRepo> make_review_repo(Connection& c);
std::unique_ptr<ShareRepo> make_share_repo(Connection& c);

// Times are stored as milliseconds since the Unix epoch.
std::int64_t to_millis(TimePoint t);
TimePoint from_millis(std::int64_t ms);
std::optional<std::int64_t> to_millis(const std::optional<TimePoint>& t);
std::optional<TimePoint> from_millis(const std::optional<std::int64_t>& ms);
// JSON arrays of strings, as the repositories store lists.
std::string to_json_list(const std::vector<std::string>& list);
std::vector<std::string> from_json_list(const std::string& text);

}  // namespace pv::store::sqlite
