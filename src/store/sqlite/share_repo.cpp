// Shares.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kColumns =
    "id, user_id, content_id, content_version, network, status, caption, origin, text, "
    "link_code, verdict, verdict_action, charter_version_id, promotional, review_after, "
    "scheduled_at, account_id, intent_url, text_verified, review_id, sample_review_id, post_id, "
    "post_url, "
    "failure_reason, published_at, created_at, updated_at";
constexpr const char* kInsert =
    "INSERT INTO shares (id, user_id, content_id, content_version, network, status, caption, "
    "origin, text, link_code, verdict, verdict_action, charter_version_id, promotional, "
    "review_after, scheduled_at, account_id, intent_url, text_verified, review_id, "
    "sample_review_id, post_id, "
    "post_url, failure_reason, published_at, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdate =
    "UPDATE shares SET status = ?2, caption = ?3, origin = ?4, text = ?5, link_code = ?6, "
    "verdict = ?7, verdict_action = ?8, charter_version_id = ?9, promotional = ?10, "
    "review_after = ?11, scheduled_at = ?12, account_id = ?13, intent_url = ?14, "
    "text_verified = ?15, review_id = ?16, sample_review_id = ?17, post_id = ?18, "
    "post_url = ?19, failure_reason = ?20, published_at = ?21, updated_at = ?22 WHERE id = ?1";
constexpr const char* kList =
    "WHERE (?1 IS NULL OR user_id = ?1) AND (?2 IS NULL OR status = ?2) "
    "AND (?3 IS NULL OR content_id = ?3) AND (?4 IS NULL OR id < ?4) ORDER BY id DESC LIMIT ?5";
constexpr const char* kTally =
    "SELECT count(*), coalesce(sum(promotional), 0) FROM shares "
    "WHERE user_id = ? AND created_at >= ? AND status NOT IN ('cancelled', 'blocked')";
constexpr const char* kShared =
    "SELECT 1 FROM shares WHERE user_id = ? AND content_id = ? "
    "AND status NOT IN ('cancelled', 'blocked', 'rejected') LIMIT 1";
constexpr const char* kSampled =
    "SELECT count(*) FROM shares WHERE user_id = ? AND published_at >= ? "
    "AND sample_review_id IS NOT NULL";
constexpr const char* kByStatus = "SELECT status, count(*) FROM shares GROUP BY status";

std::optional<std::int64_t> millis(const std::optional<TimePoint>& t) {
  if (!t) return std::nullopt;
  return to_millis(*t);
}
std::optional<TimePoint> time_of(const Query& q, int column) {
  if (auto ms = q.optional_integer(column)) return from_millis(*ms);
  return std::nullopt;
}

class SqliteShareRepo final : public ShareRepo {
 public:
  explicit SqliteShareRepo(Connection& c) : c_(c) {}

  void insert(const ShareRow& s) override {
    Query(c_, kInsert)
        .bind_all(s.id, s.user_id, s.content_id, s.content_version, s.network, s.status, s.caption,
                  s.origin, s.text, s.link_code, s.verdict, s.verdict_action, s.charter_version_id,
                  s.promotional, s.review_after, to_millis(s.scheduled_at), s.account_id,
                  s.intent_url, s.text_verified, s.review_id, s.sample_review_id, s.post_id,
                  s.post_url, s.failure_reason, millis(s.published_at), to_millis(s.created_at),
                  to_millis(s.updated_at))
        .run();
  }

  void update(const ShareRow& s) override {
    Query(c_, kUpdate)
        .bind_all(s.id, s.status, s.caption, s.origin, s.text, s.link_code, s.verdict,
                  s.verdict_action, s.charter_version_id, s.promotional, s.review_after,
                  to_millis(s.scheduled_at), s.account_id, s.intent_url, s.text_verified,
                  s.review_id, s.sample_review_id, s.post_id, s.post_url, s.failure_reason,
                  millis(s.published_at), to_millis(s.updated_at))
        .run();
  }

  std::optional<ShareRow> find(const std::string& id) override {
    Query q(c_, std::string("SELECT ") + kColumns + " FROM shares WHERE id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return row(q);
  }

  std::vector<ShareRow> list(const ShareFilter& f) override {
    Query q(c_, std::string("SELECT ") + kColumns + " FROM shares " + kList);
    q.bind_all(f.user_id, f.status, f.content_id, f.before_id, f.limit);
    std::vector<ShareRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }

  ShareTally tally_since(const std::string& user_id, TimePoint since) override {
    Query q(c_, kTally);
    q.bind_all(user_id, to_millis(since));
    ShareTally t;
    if (q.step()) t = ShareTally{q.integer(0), q.integer(1)};
    return t;
  }

  std::set<std::string> shared_content(const std::string& user_id,
                                       const std::vector<std::string>& content_ids) override {
    std::set<std::string> out;
    for (const auto& id : content_ids) {
      Query q(c_, kShared);
      q.bind_all(user_id, id);
      if (q.step()) out.insert(id);
    }
    return out;
  }

  std::int64_t count_sampled_since(const std::string& user_id, TimePoint since) override {
    Query q(c_, kSampled);
    q.bind_all(user_id, to_millis(since));
    return q.step() ? q.integer(0) : 0;
  }

  std::vector<std::pair<std::string, std::int64_t>> count_by_status() override {
    Query q(c_, kByStatus);
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (q.step())
      out.emplace_back(q.text(0), q.integer(1));
    return out;
  }

 private:
  static ShareRow row(const Query& q) {
    ShareRow s;
    s.id = q.text(0);
    s.user_id = q.text(1);
    s.content_id = q.text(2);
    s.content_version = q.integer(3);
    s.network = q.text(4);
    s.status = q.text(5);
    s.caption = q.text(6);
    s.origin = q.text(7);
    s.text = q.text(8);
    s.link_code = q.optional_text(9);
    s.verdict = q.text(10);
    s.verdict_action = q.text(11);
    s.charter_version_id = q.integer(12);
    s.promotional = q.integer(13) != 0;
    s.review_after = q.integer(14) != 0;
    s.scheduled_at = from_millis(q.integer(15));
    s.account_id = q.optional_text(16);
    s.intent_url = q.optional_text(17);
    s.text_verified = q.integer(18) != 0;
    s.review_id = q.optional_text(19);
    s.sample_review_id = q.optional_text(20);
    s.post_id = q.optional_text(21);
    s.post_url = q.optional_text(22);
    s.failure_reason = q.optional_text(23);
    s.published_at = time_of(q, 24);
    s.created_at = from_millis(q.integer(25));
    s.updated_at = from_millis(q.integer(26));
    return s;
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<ShareRepo> make_share_repo(Connection& c) {
  return std::make_unique<SqliteShareRepo>(c);
}

}  // namespace pv::store::sqlite
