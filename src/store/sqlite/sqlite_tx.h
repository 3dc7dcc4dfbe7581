// The Tx of the SQLite store: the repositories, bound to one connection that
// is inside a transaction for the Tx's lifetime.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "store/database.h"
#include "store/sqlite/connection.h"

namespace pv::store::sqlite {

class SqliteTx final : public Tx {
 public:
  SqliteTx(Connection& connection, bool writable);
  ~SqliteTx() override;

  UserRepo& users() override;
  GroupRepo& groups() override;
  SessionRepo& sessions() override;
  TokenRepo& tokens() override;
  LoginThrottleRepo& login_throttle() override;
  AuditRepo& audit() override;
  IdempotencyRepo& idempotency() override;
  NetworkAccountRepo& network_accounts() override;
  OAuthStateRepo& oauth_states() override;
  CharterRepo& charters() override;
  ContentRepo& content() override;
  LinkRepo& links() override;
  MediaRepo& media() override;
  PublishJobRepo& publish_jobs() override;
  ReviewRepo& reviews() override;
  ShareRepo& shares() override;
  void on_commit(std::function<void()> fn, std::string coalesce_key) override;

  struct CommitCallback {
    std::function<void()> fn;
    std::string coalesce_key;
  };
  // The callbacks registered by on_commit, handed over to the writer.
  std::vector<CommitCallback> take_commit_callbacks();

 private:
  Connection& connection_;
  bool writable_;
  std::vector<CommitCallback> commit_callbacks_;
  // Built on first use: most transactions touch one or two repositories.
  std::unique_ptr<UserRepo> users_;
  std::unique_ptr<GroupRepo> groups_;
  std::unique_ptr<SessionRepo> sessions_;
  std::unique_ptr<TokenRepo> tokens_;
  std::unique_ptr<LoginThrottleRepo> login_throttle_;
  std::unique_ptr<AuditRepo> audit_;
  std::unique_ptr<IdempotencyRepo> idempotency_;
  std::unique_ptr<NetworkAccountRepo> network_accounts_;
  std::unique_ptr<OAuthStateRepo> oauth_states_;
  std::unique_ptr<CharterRepo> charters_;
  std::unique_ptr<ContentRepo> content_;
  std::unique_ptr<LinkRepo> links_;
  std::unique_ptr<MediaRepo> media_;
  std::unique_ptr<PublishJobRepo> publish_jobs_;
  std::unique_ptr<ReviewRepo> reviews_;
  std::unique_ptr<ShareRepo> shares_;
};

}  // namespace pv::store::sqlite
