#include "store/sqlite/migrations.h"

#include "store/errors.h"

namespace pv::store::sqlite {

int read_schema_version(Connection& connection) {
  Query q(connection, "PRAGMA user_version");
  return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

MigrationReport apply_migrations(Connection& connection) {
  const auto& all = migrations();
  const int latest = static_cast<int>(all.size());
  MigrationReport report;
  report.from_version = read_schema_version(connection);
  if (report.from_version > latest) {
    throw Error(ErrorKind::kSchemaTooNew,
                "the database is at schema version " + std::to_string(report.from_version) +
                    ", newer than this Porte-voix (" + std::to_string(latest) +
                    "): upgrade Porte-voix before using it");
  }
  for (const auto& m : all) {
    if (m.version <= report.from_version) continue;
    connection.exec("BEGIN IMMEDIATE");
    try {
      // Another process may have migrated while this one waited for the lock.
      if (read_schema_version(connection) < m.version) {
        connection.exec(m.sql);
        connection.exec("PRAGMA user_version = " + std::to_string(m.version));
      }
      connection.exec("COMMIT");
    } catch (...) {
      if (connection.in_transaction()) connection.exec("ROLLBACK");
      throw;
    }
  }
  report.to_version = read_schema_version(connection);
  return report;
}

}  // namespace pv::store::sqlite
