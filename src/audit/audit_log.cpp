#include "audit/audit_log.h"

#include "audit/canonical_json.h"
#include "util/crypto.h"
#include "util/time.h"

namespace pv::audit {
namespace {

const std::string kGenesis(64, '0');

nlohmann::json head_json(const std::optional<Head>& head) {
  if (!head) return nullptr;
  return {{"seq", head->seq}, {"hash", head->hash}};
}

}  // namespace

nlohmann::json VerifyReport::to_json() const {
  nlohmann::json out = {{"ok", ok},
                        {"entries", entries},
                        {"head", head_json(head)},
                        {"checkpoint", head_json(checkpoint)}};
  if (!ok) out["broken"] = {{"seq", broken_seq}, {"problem", problem}};
  return out;
}

AuditLog::AuditLog(std::string key, const Clock& clock, Checkpoint& checkpoint)
    : key_(std::move(key)), clock_(clock), checkpoint_(checkpoint) {}

std::string AuditLog::hash_of(const store::AuditRow& row) const {
  nlohmann::json doc = {{"seq", row.seq},
                        {"at", row.at},
                        {"actor", row.actor},
                        {"action", row.action},
                        {"entity", row.entity},
                        {"entity_id", row.entity_id},
                        {"data", nlohmann::json::parse(row.data)}};
  return crypto::to_hex(crypto::hmac_sha256(key_, row.prev_hash + canonical_json(doc)));
}

void AuditLog::record(store::Tx& tx, const Entry& entry) {
  auto head = tx.audit().head();
  store::AuditRow row;
  row.seq = head ? head->seq + 1 : 1;
  row.prev_hash = head ? head->hash : kGenesis;
  row.at = format_time(clock_.now(), true);
  row.actor = entry.actor;
  row.action = entry.action;
  row.entity = entry.entity;
  row.entity_id = entry.entity_id;
  row.data = canonical_json(entry.data);
  row.hash = hash_of(row);
  tx.audit().append(row);
  Head new_head{row.seq, row.hash};
  tx.on_commit([this, new_head] { checkpoint_.append(new_head); }, "audit.checkpoint");
}

VerifyReport AuditLog::verify(store::Database& db) const {
  VerifyReport report;
  auto fail = [&report](std::int64_t seq, std::string problem) {
    if (!report.ok) return;
    report.ok = false;
    report.broken_seq = seq;
    report.problem = std::move(problem);
  };
  // The checkpoint is read before the chain: an entry committed in between
  // only makes the chain longer than the checkpoint, which is fine.
  CheckpointRead checkpoint = checkpoint_.read();
  report.checkpoint = checkpoint.last;
  std::optional<std::string> checkpoint_hash_in_chain;
  db.read([&](store::Tx& tx) {
    std::string prev = kGenesis;
    std::int64_t expected_seq = 1;
    tx.audit().scan([&](const store::AuditRow& row) {
      ++report.entries;
      if (row.seq != expected_seq) {
        fail(expected_seq, "entry " + std::to_string(expected_seq) + " is missing");
      } else if (row.prev_hash != prev) {
        fail(row.seq, "entry " + std::to_string(row.seq) +
                          " does not follow the previous entry (prev_hash differs)");
      } else if (row.hash != hash_of(row)) {
        fail(row.seq, "entry " + std::to_string(row.seq) + " was altered (hash differs)");
      }
      if (checkpoint.last && row.seq == checkpoint.last->seq) checkpoint_hash_in_chain = row.hash;
      prev = row.hash;
      expected_seq = row.seq + 1;
      report.head = Head{row.seq, row.hash};
    });
  });
  if (checkpoint.problem) fail(0, *checkpoint.problem);
  if (checkpoint.last) {
    std::int64_t head_seq = report.head ? report.head->seq : 0;
    if (head_seq < checkpoint.last->seq) {
      fail(head_seq + 1, "entries " + std::to_string(head_seq + 1) + " to " +
                             std::to_string(checkpoint.last->seq) +
                             " are missing: the log ends before its last checkpoint");
    } else if (checkpoint_hash_in_chain != checkpoint.last->hash) {
      fail(checkpoint.last->seq, "entry " + std::to_string(checkpoint.last->seq) +
                                     " differs from the checkpoint: the log was rewritten");
    }
  }
  return report;
}

void AuditLog::sync_checkpoint(store::Database& db) {
  auto head = db.read_value([](store::Tx& tx) { return tx.audit().head(); });
  if (!head) return;
  auto last = checkpoint_.read().last;
  if (!last || last->seq < head->seq) checkpoint_.append(Head{head->seq, head->hash});
}

}  // namespace pv::audit
