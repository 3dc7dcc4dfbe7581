// Applying schema/sqlite's migrations (embedded at build time) to a database.
#pragma once

#include <vector>

#include "store/database.h"
#include "store/migration.h"
#include "store/sqlite/connection.h"

namespace pv::store::sqlite {

// Generated from schema/sqlite/*.sql (cmake/EmbedMigrations.cmake).
const std::vector<Migration>& migrations();

// The schema version recorded in the database (PRAGMA user_version).
int read_schema_version(Connection& connection);

// Applies every pending migration, each in its own transaction. Throws
// Error(kSchemaTooNew) when the database is newer than this binary.
MigrationReport apply_migrations(Connection& connection);

}  // namespace pv::store::sqlite
