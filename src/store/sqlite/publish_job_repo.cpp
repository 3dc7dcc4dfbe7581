// The scheduler's publish jobs and attempts. Every change of state is a
// conditional UPDATE whose changed-row count says whether this caller won.
#include <sqlite3.h>

#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kColumns =
    "share_id, account_key, state, due_at, attempts, lease_owner, lease_expires_at, "
    "last_started_at, posted_at, created_at";
constexpr const char* kInsert =
    "INSERT INTO publish_jobs (share_id, account_key, state, due_at, attempts, lease_owner, "
    "lease_expires_at, last_started_at, posted_at, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kDue =
    "WHERE state = 'waiting' AND due_at <= ? ORDER BY due_at, share_id LIMIT ?";
constexpr const char* kExpired =
    "WHERE state = 'claimed' AND lease_expires_at < ? ORDER BY lease_expires_at LIMIT ?";
constexpr const char* kClaim =
    "UPDATE publish_jobs SET state = 'claimed', lease_owner = ?2, last_started_at = ?3, "
    "lease_expires_at = ?4, attempts = attempts + 1 WHERE share_id = ?1 AND state = 'waiting'";
constexpr const char* kRelease =
    "UPDATE publish_jobs SET state = 'waiting', due_at = ?3, lease_owner = NULL, "
    "lease_expires_at = NULL WHERE share_id = ?1 AND state = 'claimed' AND lease_owner = ?2";
constexpr const char* kFinish =
    "UPDATE publish_jobs SET state = 'done', posted_at = ?3, lease_expires_at = NULL "
    "WHERE share_id = ?1 AND state = 'claimed' AND lease_owner = ?2";
constexpr const char* kDrop =
    "UPDATE publish_jobs SET state = 'done' WHERE share_id = ? AND state = 'waiting'";
constexpr const char* kDefer =
    "UPDATE publish_jobs SET due_at = ?2 WHERE share_id = ?1 AND state = 'waiting'";
// A claim in flight counts as a post: it may be going out right now.
constexpr const char* kAccountPosts =
    "SELECT count(*) FROM publish_jobs WHERE account_key = ?1 AND "
    "(posted_at >= ?2 OR (state = 'claimed' AND last_started_at >= ?2))";
constexpr const char* kAccountLast =
    "SELECT max(coalesce(posted_at, 0), CASE WHEN state = 'claimed' THEN last_started_at "
    "ELSE 0 END) AS t FROM publish_jobs WHERE account_key = ? ORDER BY t DESC LIMIT 1";
constexpr const char* kByState = "SELECT state, count(*) FROM publish_jobs GROUP BY state";

constexpr const char* kInsertAttempt =
    "INSERT INTO publish_attempts (share_id, attempt, worker, started_at, finished_at, outcome, "
    "detail, retry_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kFinishAttempt =
    "UPDATE publish_attempts SET finished_at = ?2, outcome = ?3, detail = ?4, retry_at = ?5 "
    "WHERE id = ?1";
constexpr const char* kAttempts =
    "SELECT id, share_id, attempt, worker, started_at, finished_at, outcome, detail, retry_at "
    "FROM publish_attempts WHERE share_id = ? ORDER BY attempt";

std::optional<std::int64_t> millis(const std::optional<TimePoint>& t) {
  if (!t) return std::nullopt;
  return to_millis(*t);
}
std::optional<TimePoint> time_of(const Query& q, int column) {
  if (auto ms = q.optional_integer(column)) return from_millis(*ms);
  return std::nullopt;
}

class SqlitePublishJobRepo final : public PublishJobRepo {
 public:
  explicit SqlitePublishJobRepo(Connection& c) : c_(c) {}

  void insert(const PublishJobRow& j) override {
    Query(c_, kInsert)
        .bind_all(j.share_id, j.account_key, j.state, to_millis(j.due_at), j.attempts,
                  j.lease_owner, millis(j.lease_expires_at), millis(j.last_started_at),
                  millis(j.posted_at), to_millis(j.created_at))
        .run();
  }

  std::optional<PublishJobRow> find(const std::string& share_id) override {
    Query q(c_, std::string("SELECT ") + kColumns + " FROM publish_jobs WHERE share_id = ?");
    q.bind(1, share_id);
    if (!q.step()) return std::nullopt;
    return row(q);
  }

  std::vector<PublishJobRow> due(TimePoint now, int limit) override {
    return rows(kDue, to_millis(now), limit);
  }
  std::vector<PublishJobRow> expired(TimePoint now, int limit) override {
    return rows(kExpired, to_millis(now), limit);
  }

  bool claim(const std::string& share_id, const std::string& owner, TimePoint now,
             TimePoint lease_until) override {
    return changed(
        Query(c_, kClaim).bind_all(share_id, owner, to_millis(now), to_millis(lease_until)));
  }
  bool release(const std::string& share_id, const std::string& owner, TimePoint due_at) override {
    return changed(Query(c_, kRelease).bind_all(share_id, owner, to_millis(due_at)));
  }
  bool finish(const std::string& share_id, const std::string& owner,
              std::optional<TimePoint> posted_at) override {
    return changed(Query(c_, kFinish).bind_all(share_id, owner, millis(posted_at)));
  }
  bool drop(const std::string& share_id) override {
    return changed(Query(c_, kDrop).bind_all(share_id));
  }
  bool defer(const std::string& share_id, TimePoint due_at) override {
    return changed(Query(c_, kDefer).bind_all(share_id, to_millis(due_at)));
  }

  std::int64_t account_posts_since(const std::string& account_key, TimePoint since) override {
    Query q(c_, kAccountPosts);
    q.bind_all(account_key, to_millis(since));
    return q.step() ? q.integer(0) : 0;
  }
  std::optional<TimePoint> account_last_post(const std::string& account_key) override {
    Query q(c_, kAccountLast);
    q.bind(1, account_key);
    if (!q.step() || q.is_null(0) || q.integer(0) == 0) return std::nullopt;
    return from_millis(q.integer(0));
  }
  std::vector<std::pair<std::string, std::int64_t>> count_by_state() override {
    Query q(c_, kByState);
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (q.step())
      out.emplace_back(q.text(0), q.integer(1));
    return out;
  }

  std::int64_t insert_attempt(const PublishAttemptRow& a) override {
    Query(c_, kInsertAttempt)
        .bind_all(a.share_id, a.attempt, a.worker, to_millis(a.started_at), millis(a.finished_at),
                  a.outcome, a.detail, millis(a.retry_at))
        .run();
    return c_.last_insert_id();
  }
  void finish_attempt(std::int64_t id, TimePoint finished_at, const std::string& outcome,
                      const std::string& detail, std::optional<TimePoint> retry_at) override {
    Query(c_, kFinishAttempt)
        .bind_all(id, to_millis(finished_at), outcome, detail, millis(retry_at))
        .run();
  }
  std::vector<PublishAttemptRow> attempts(const std::string& share_id) override {
    Query q(c_, kAttempts);
    q.bind(1, share_id);
    std::vector<PublishAttemptRow> out;
    while (q.step()) {
      PublishAttemptRow a;
      a.id = q.integer(0);
      a.share_id = q.text(1);
      a.attempt = static_cast<int>(q.integer(2));
      a.worker = q.text(3);
      a.started_at = from_millis(q.integer(4));
      a.finished_at = time_of(q, 5);
      a.outcome = q.optional_text(6);
      a.detail = q.text(7);
      a.retry_at = time_of(q, 8);
      out.push_back(std::move(a));
    }
    return out;
  }

 private:
  bool changed(Query& q) {
    q.run();
    return sqlite3_changes(c_.handle()) == 1;
  }

  std::vector<PublishJobRow> rows(const char* where, std::int64_t now, int limit) {
    Query q(c_, std::string("SELECT ") + kColumns + " FROM publish_jobs " + where);
    q.bind_all(now, limit);
    std::vector<PublishJobRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }

  static PublishJobRow row(const Query& q) {
    PublishJobRow j;
    j.share_id = q.text(0);
    j.account_key = q.text(1);
    j.state = q.text(2);
    j.due_at = from_millis(q.integer(3));
    j.attempts = static_cast<int>(q.integer(4));
    j.lease_owner = q.optional_text(5);
    j.lease_expires_at = time_of(q, 6);
    j.last_started_at = time_of(q, 7);
    j.posted_at = time_of(q, 8);
    j.created_at = from_millis(q.integer(9));
    return j;
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<PublishJobRepo> make_publish_job_repo(Connection& c) {
  return std::make_unique<SqlitePublishJobRepo>(c);
}

}  // namespace pv::store::sqlite
