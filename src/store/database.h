// The store, as the domain modules see it: a Database hands out transactions
// (Tx), and a Tx hands out the repositories, each bound to that transaction.
// Nothing here names SQLite or PostgreSQL; src/store/sqlite implements it, and
// a PostgreSQL implementation can follow without touching domain code.
//
// Thread safety: Database is used from any thread. A Tx belongs to the thread
// that runs the function given to read() or write(), for its duration only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "store/audit.h"
#include "store/charters.h"
#include "store/content.h"
#include "store/groups.h"
#include "store/idempotency.h"
#include "store/links.h"
#include "store/login_throttle.h"
#include "store/media.h"
#include "store/network_accounts.h"
#include "store/publish_jobs.h"
#include "store/reviews.h"
#include "store/sessions.h"
#include "store/shares.h"
#include "store/tokens.h"
#include "store/users.h"

namespace pv::store {

class Tx {
 public:
  virtual ~Tx() = default;
  virtual UserRepo& users() = 0;
  virtual GroupRepo& groups() = 0;
  virtual SessionRepo& sessions() = 0;
  virtual TokenRepo& tokens() = 0;
  virtual LoginThrottleRepo& login_throttle() = 0;
  virtual AuditRepo& audit() = 0;
  virtual IdempotencyRepo& idempotency() = 0;
  virtual NetworkAccountRepo& network_accounts() = 0;
  virtual OAuthStateRepo& oauth_states() = 0;
  virtual CharterRepo& charters() = 0;
  virtual ContentRepo& content() = 0;
  virtual LinkRepo& links() = 0;
  virtual MediaRepo& media() = 0;
  virtual PublishJobRepo& publish_jobs() = 0;
  virtual ReviewRepo& reviews() = 0;
  virtual ShareRepo& shares() = 0;
  // Runs `fn` after this transaction has committed durably and before write()
  // returns; never when it rolls back. Only in write transactions. Callbacks
  // given the same non-empty `coalesce_key` within one commit run once, the
  // last one registered (e.g. one checkpoint append per commit, not one per
  // entry).
  virtual void on_commit(std::function<void()> fn, std::string coalesce_key = {}) = 0;
};

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
};

class Database {
 public:
  virtual ~Database() = default;

  // Runs `fn` in a read-only snapshot. Exceptions propagate.
  virtual void read(const std::function<void(Tx&)>& fn) = 0;

  // Runs `fn` in a write transaction and returns once it is durably committed.
  // If `fn` throws, its changes are rolled back and the exception is rethrown
  // here; other writers are not affected. Must not be called from inside
  // another read() or write() on the same thread.
  virtual void write(const std::function<void(Tx&)>& fn) = 0;

  // Applies the pending forward-only migrations. Throws Error(kSchemaTooNew)
  // when the database was migrated by a newer binary.
  virtual MigrationReport migrate() = 0;
  virtual int schema_version() = 0;
  virtual int latest_schema_version() const = 0;

  // Convenience forms returning the function's result.
  template <class F>
  auto read_value(F&& fn) {
    using T = decltype(fn(std::declval<Tx&>()));
    std::optional<T> out;
    read([&](Tx& tx) { out.emplace(fn(tx)); });
    return std::move(*out);
  }
  template <class F>
  auto write_value(F&& fn) {
    using T = decltype(fn(std::declval<Tx&>()));
    std::optional<T> out;
    write([&](Tx& tx) { out.emplace(fn(tx)); });
    return std::move(*out);
  }
};

}  // namespace pv::store
