// Reviews and their decisions.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kColumns =
    "SELECT id, kind, subject_id, subject_version, author_id, level, status, text, verdict, "
    "charter_version_id, opened_at, due_at, closed_at FROM reviews ";
constexpr const char* kInsert =
    "INSERT INTO reviews (id, kind, subject_id, subject_version, author_id, level, status, text, "
    "verdict, charter_version_id, opened_at, due_at, closed_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdate =
    "UPDATE reviews SET level = ?2, status = ?3, closed_at = ?4 WHERE id = ?1";
// Every filter optional (NULL: any); the cursor compares (opened_at, id) in
// the direction of the sort.
constexpr const char* kListOldest =
    "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR level = "
    "?3) "
    "AND (?4 IS NULL OR (opened_at, id) > (?4, ?5)) ORDER BY opened_at, id LIMIT ?6";
constexpr const char* kListNewest =
    "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR level = "
    "?3) "
    "AND (?4 IS NULL OR (opened_at, id) < (?4, ?5)) ORDER BY opened_at DESC, id DESC LIMIT ?6";
constexpr const char* kLatestForSubject =
    "WHERE kind = ?1 AND subject_id = ?2 AND (?3 IS NULL OR subject_version = ?3) "
    "ORDER BY opened_at DESC, rowid DESC LIMIT 1";  // ids opened in one millisecond do not sort
constexpr const char* kInsertDecision =
    "INSERT INTO review_decisions (review_id, seq, level, decision, reviewer_id, note, reason, "
    "charter_version_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kDecisions =
    "SELECT review_id, seq, level, decision, reviewer_id, note, reason, charter_version_id, "
    "decided_at FROM review_decisions WHERE review_id = ? ORDER BY seq";

class SqliteReviewRepo final : public ReviewRepo {
 public:
  explicit SqliteReviewRepo(Connection& c) : c_(c) {}

  void insert(const ReviewRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.id, r.kind, r.subject_id, r.subject_version, r.author_id, r.level, r.status,
                  r.text, r.verdict, r.charter_version_id, to_millis(r.opened_at),
                  to_millis(r.due_at), to_millis(r.closed_at))
        .run();
  }

  void update(const ReviewRow& r) override {
    Query(c_, kUpdate).bind_all(r.id, r.level, r.status, to_millis(r.closed_at)).run();
  }

  std::optional<ReviewRow> find(const std::string& id) override {
    Query q(c_, std::string(kColumns) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return row(q);
  }

  std::vector<ReviewRow> list(const ReviewQuery& query) override {
    Query q(c_, std::string(kColumns) + (query.newest_first ? kListNewest : kListOldest));
    q.bind(1, query.status).bind(2, query.kind).bind(3, query.level);
    if (query.after) {
      q.bind(4, query.after->opened_at).bind(5, query.after->id);
    } else {
      q.bind_null(4).bind_null(5);
    }
    q.bind(6, query.limit);
    std::vector<ReviewRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }

  std::optional<ReviewRow> latest_for_subject(const std::string& kind,
                                              const std::string& subject_id,
                                              std::optional<std::int64_t> version) override {
    Query q(c_, std::string(kColumns) + kLatestForSubject);
    q.bind_all(kind, subject_id, version);
    if (!q.step()) return std::nullopt;
    return row(q);
  }

  void add_decision(const ReviewDecisionRow& d) override {
    Query(c_, kInsertDecision)
        .bind_all(d.review_id, d.seq, d.level, d.decision, d.reviewer_id, d.note, d.reason,
                  d.charter_version_id, to_millis(d.decided_at))
        .run();
  }

  std::vector<ReviewDecisionRow> decisions(const std::string& review_id) override {
    Query q(c_, kDecisions);
    q.bind(1, review_id);
    std::vector<ReviewDecisionRow> out;
    while (q.step()) {
      ReviewDecisionRow d;
      d.review_id = q.text(0);
      d.seq = static_cast<int>(q.integer(1));
      d.level = static_cast<int>(q.integer(2));
      d.decision = q.text(3);
      d.reviewer_id = q.text(4);
      d.note = q.text(5);
      d.reason = q.optional_text(6);
      d.charter_version_id = q.optional_integer(7);
      d.decided_at = from_millis(q.integer(8));
      out.push_back(std::move(d));
    }
    return out;
  }

 private:
  static ReviewRow row(const Query& q) {
    ReviewRow r;
    r.id = q.text(0);
    r.kind = q.text(1);
    r.subject_id = q.text(2);
    r.subject_version = q.optional_integer(3);
    r.author_id = q.text(4);
    r.level = static_cast<int>(q.integer(5));
    r.status = q.text(6);
    r.text = q.text(7);
    r.verdict = q.text(8);
    r.charter_version_id = q.optional_integer(9);
    r.opened_at = from_millis(q.integer(10));
    r.due_at = from_millis(q.integer(11));
    r.closed_at = from_millis(q.optional_integer(12));
    return r;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<ReviewRepo> make_review_repo(Connection& c) {
  return std::make_unique<SqliteReviewRepo>(c);
}

}  // namespace pv::store::sqlite
