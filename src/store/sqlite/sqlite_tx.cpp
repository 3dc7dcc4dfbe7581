#include "store/sqlite/sqlite_tx.h"

#include <stdexcept>

#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

template <class Repo, class Make>
Repo& lazily(std::unique_ptr<Repo>& slot, Make make, Connection& connection) {
  if (!slot) slot = make(connection);
  return *slot;
}

}  // namespace

SqliteTx::SqliteTx(Connection& connection, bool writable)
    : connection_(connection), writable_(writable) {}
SqliteTx::~SqliteTx() = default;

UserRepo& SqliteTx::users() {
  return lazily(users_, make_user_repo, connection_);
}
GroupRepo& SqliteTx::groups() {
  return lazily(groups_, make_group_repo, connection_);
}
SessionRepo& SqliteTx::sessions() {
  return lazily(sessions_, make_session_repo, connection_);
}
TokenRepo& SqliteTx::tokens() {
  return lazily(tokens_, make_token_repo, connection_);
}
LoginThrottleRepo& SqliteTx::login_throttle() {
  return lazily(login_throttle_, make_login_throttle_repo, connection_);
}
AuditRepo& SqliteTx::audit() {
  return lazily(audit_, make_audit_repo, connection_);
}
IdempotencyRepo& SqliteTx::idempotency() {
  return lazily(idempotency_, make_idempotency_repo, connection_);
}
NetworkAccountRepo& SqliteTx::network_accounts() {
  return lazily(network_accounts_, make_network_account_repo, connection_);
}
OAuthStateRepo& SqliteTx::oauth_states() {
  return lazily(oauth_states_, make_oauth_state_repo, connection_);
}
ShareRepo& SqliteTx::shares() {
  return lazily(shares_, make_share_repo, connection_);
}
PublishJobRepo& SqliteTx::publish_jobs() {
  return lazily(publish_jobs_, make_publish_job_repo, connection_);
}
LinkRepo& SqliteTx::links() {
  return lazily(links_, make_link_repo, connection_);
}

CharterRepo& SqliteTx::charters() {
  return lazily(charters_, make_charter_repo, connection_);
}
MediaRepo& SqliteTx::media() {
  return lazily(media_, make_media_repo, connection_);
}
ContentRepo& SqliteTx::content() {
  return lazily(content_, make_content_repo, connection_);
}
ReviewRepo& SqliteTx::reviews() {
  return lazily(reviews_, make_review_repo, connection_);
}

void SqliteTx::on_commit(std::function<void()> fn, std::string coalesce_key) {
  if (!writable_) throw std::logic_error("on_commit in a read transaction");
  commit_callbacks_.push_back({std::move(fn), std::move(coalesce_key)});
}

std::vector<SqliteTx::CommitCallback> SqliteTx::take_commit_callbacks() {
  return std::move(commit_callbacks_);
}

}  // namespace pv::store::sqlite
