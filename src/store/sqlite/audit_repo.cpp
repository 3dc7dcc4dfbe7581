// The audit log's rows (src/audit computes and checks the hashes).
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kHead = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
constexpr const char* kColumns =
    "SELECT seq, at, actor, action, entity, entity_id, data, prev_hash, hash FROM audit_log ";
// Every filter is optional: a NULL parameter matches everything.
constexpr const char* kFilter =
    "WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) "
    "AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at < ?4) AND seq > coalesce(?5, 0) "
    "ORDER BY seq LIMIT ?6";

class SqliteAuditRepo final : public AuditRepo {
 public:
  explicit SqliteAuditRepo(Connection& c) : c_(c) {}

  void append(const AuditRow& r) override {
    Query(c_, kInsert)
        .bind_all(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.data, r.prev_hash,
                  r.hash)
        .run();
  }
  std::optional<AuditHead> head() override {
    Query q(c_, kHead);
    if (!q.step()) return std::nullopt;
    return AuditHead{q.integer(0), q.text(1)};
  }
  std::vector<AuditRow> list(const AuditFilter& f) override {
    Query q(c_, std::string(kColumns) + kFilter);
    q.bind_all(f.entity, f.entity_id, f.from, f.to, f.after_seq, f.limit);
    std::vector<AuditRow> out;
    while (q.step())
      out.push_back(row(q));
    return out;
  }
  void scan(const std::function<void(const AuditRow&)>& fn) override {
    Query q(c_, std::string(kColumns) + "ORDER BY seq");
    while (q.step())
      fn(row(q));
  }

 private:
  static AuditRow row(const Query& q) {
    return AuditRow{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                    q.text(5),    q.text(6), q.text(7), q.text(8)};
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<AuditRepo> make_audit_repo(Connection& c) {
  return std::make_unique<SqliteAuditRepo>(c);
}

}  // namespace pv::store::sqlite
