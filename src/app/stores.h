// Opening the store and the audit log the same way for every subcommand.
#pragma once

#include <memory>

#include "app/config.h"
#include "audit/audit_log.h"
#include "store/database.h"
#include "util/clock.h"

namespace pv::app {

struct Stores {
  std::unique_ptr<store::Database> db;
  std::unique_ptr<audit::Checkpoint> checkpoint;
  std::unique_ptr<audit::AuditLog> audit;
};

// Opens the database (creating the data directory), migrates it unless
// `migrate` is false, and opens the audit log. Throws store::Error when the
// database is newer than this binary.
Stores open_stores(const Config& config, const Clock& clock, bool migrate = true);

}  // namespace pv::app
