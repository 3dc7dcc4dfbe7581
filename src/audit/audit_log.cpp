#include "audit/audit_log.h"

#include <map>

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
  // only makes the chain longer than the checkpoint, which is fine. Every
  // recorded head must still be in the chain, so that truncating the log and
  // then writing new entries over the same numbers is caught too.
  CheckpointRead checkpoint = checkpoint_.read();
  report.checkpoint = checkpoint.last();
  std::map<std::int64_t, std::string> recorded;
  std::int64_t previous_seq = 0;
  for (const auto& head : checkpoint.heads) {
    // Heads only move forward; one that does not marks entries written again
    // over numbers the log had already used.
    if (head.seq <= previous_seq) {
      fail(head.seq, "the checkpoint goes back to entry " + std::to_string(head.seq) + " after " +
                         std::to_string(previous_seq) +
                         ": the log was truncated and written again");
    }
    previous_seq = head.seq;
    recorded.emplace(head.seq, head.hash);
  }
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
      } else if (auto it = recorded.find(row.seq); it != recorded.end() && it->second != row.hash) {
        fail(row.seq, "entry " + std::to_string(row.seq) +
                          " differs from the checkpoint: the log was rewritten");
      }
      prev = row.hash;
      expected_seq = row.seq + 1;
      report.head = Head{row.seq, row.hash};
    });
  });
  if (checkpoint.problem) fail(0, *checkpoint.problem);
  std::int64_t head_seq = report.head ? report.head->seq : 0;
  if (!recorded.empty() && recorded.rbegin()->first > head_seq) {
    fail(head_seq + 1, "entries " + std::to_string(head_seq + 1) + " to " +
                           std::to_string(recorded.rbegin()->first) +
                           " are missing: the log ends before its last checkpoint");
  }
  return report;
}

void AuditLog::sync_checkpoint(store::Database& db) {
  auto head = db.read_value([](store::Tx& tx) { return tx.audit().head(); });
  if (!head) return;
  auto last = checkpoint_.read().last();
  if (!last || last->seq < head->seq) checkpoint_.append(Head{head->seq, head->hash});
}

}  // namespace pv::audit
