#include "charter/charter_service.h"

#include "policy/charter_loader.h"
#include "store/errors.h"

namespace pv::charter {
namespace {

Error no_charter() {
  return Error(ErrorKind::kConflict, "no_charter",
               "No usage charter is in force yet: compliance must publish one.");
}

Error version_taken(const std::string& label) {
  return Error(ErrorKind::kConflict, "version_taken",
               "Version \"" + label + "\" was published before: give the new one its own label.");
}

}  // namespace

CharterService::CharterService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                               policy::CompileOptions options)
    : db_(db), audit_(audit), clock_(clock), options_(std::move(options)) {}

std::shared_ptr<const CharterVersion> CharterService::compile_row(
    const store::CharterVersionRow& row) const {
  auto document = nlohmann::json::parse(row.document);
  // A stored version was valid when published; the loader refusing it now
  // means the binary changed under the data, which must not pass silently.
  auto charter = policy::load_charter(document).value();
  auto compiled = policy::CompiledCharter::compile(std::move(charter), options_).value();
  return std::make_shared<const CharterVersion>(
      CharterVersion{row.id, row.version, row.charter_id, std::move(document), row.created_by,
                     row.created_at, std::move(compiled)});
}

std::shared_ptr<const CharterVersion> CharterService::current() {
  auto latest = db_.read_value([](store::Tx& tx) { return tx.charters().latest_id(); });
  if (!latest) return nullptr;
  auto cached = current_.load();
  if (cached && cached->version_id == *latest) return cached;
  std::lock_guard lock(compile_mutex_);
  cached = current_.load();
  if (cached && cached->version_id == *latest) return cached;
  auto row = db_.read_value([&](store::Tx& tx) { return tx.charters().find(*latest); });
  auto fresh = compile_row(*row);
  current_.store(fresh);
  return fresh;
}

Result<std::shared_ptr<const CharterVersion>> CharterService::publish(
    const std::string& actor, const nlohmann::json& document) {
  auto charter = policy::load_charter(document);
  if (!charter) return charter.error();
  const std::string label = charter->version;
  const std::string charter_id = charter->id;
  // Compiled before the write, so that a version that cannot run is never stored.
  auto compiled = policy::CompiledCharter::compile(std::move(*charter), options_);
  if (!compiled) return compiled.error();

  store::CharterVersionRow row{0, label, charter_id, document.dump(), actor, clock_.now()};
  bool taken = false;
  try {
    db_.write([&](store::Tx& tx) {
      if (tx.charters().find_by_label(label)) {
        taken = true;
        return;
      }
      row.id = tx.charters().insert(row);
      audit_.record(tx, {actor,
                         "charter.publish",
                         "charter_version",
                         std::to_string(row.id),
                         {{"version", label}, {"charter_id", charter_id}}});
    });
  } catch (const store::Error& e) {
    if (e.kind() != store::ErrorKind::kUniqueViolation) throw;
    taken = true;
  }
  if (taken) return version_taken(label);
  auto published = std::make_shared<const CharterVersion>(
      CharterVersion{row.id, label, charter_id, document, actor, row.created_at, *compiled});
  {
    std::lock_guard lock(compile_mutex_);
    auto cached = current_.load();
    if (!cached || cached->version_id < row.id) current_.store(published);
  }
  return published;
}

std::vector<store::CharterVersionRow> CharterService::versions() {
  return db_.read_value([](store::Tx& tx) { return tx.charters().list(); });
}

Result<store::CharterVersionRow> CharterService::version(std::int64_t id) {
  auto row = db_.read_value([&](store::Tx& tx) { return tx.charters().find(id); });
  if (!row) return Error(ErrorKind::kNotFound, "not_found", "No such charter version.");
  return *row;
}

Result<CheckResult> CharterService::check(std::string_view text,
                                          const policy::CheckContext& context) {
  auto in_force = current();
  if (!in_force) return no_charter();
  return CheckResult{in_force->compiled->check(text, context), in_force->version_id};
}

Status CharterService::acknowledge(const std::string& user_id, std::int64_t version_id) {
  auto in_force = current();
  std::optional<Error> refused;
  db_.write([&](store::Tx& tx) {
    if (!tx.charters().find(version_id)) {
      refused = Error(ErrorKind::kNotFound, "not_found", "No such charter version.");
      return;
    }
    if (!in_force || in_force->version_id != version_id) {
      refused = Error(ErrorKind::kConflict, "not_in_force",
                      "Only the charter version in force can be acknowledged.");
      return;
    }
    if (tx.charters().acknowledged_at(user_id, version_id)) return;
    tx.charters().acknowledge(user_id, version_id, clock_.now());
    audit_.record(tx, {user_id,
                       "charter.acknowledge",
                       "charter_version",
                       std::to_string(version_id),
                       {{"version", in_force->version}}});
  });
  if (refused) return *refused;
  return Ok{};
}

bool CharterService::acknowledged(const std::string& user_id) {
  auto in_force = current();
  if (!in_force) return false;
  return db_.read_value([&](store::Tx& tx) {
    return tx.charters().acknowledged_at(user_id, in_force->version_id).has_value();
  });
}

}  // namespace pv::charter
