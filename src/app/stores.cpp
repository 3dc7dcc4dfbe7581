#include "app/stores.h"

#include <filesystem>

#include "store/sqlite/sqlite_database.h"

namespace pv::app {

Stores open_stores(const Config& config, const Clock& clock, bool migrate) {
  std::filesystem::create_directories(config.data_dir);
  auto parent = std::filesystem::path(config.database).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  Stores s;
  s.db = std::make_unique<store::sqlite::SqliteDatabase>(
      store::sqlite::SqliteOptions{config.database});
  if (migrate) s.db->migrate();
  s.checkpoint = std::make_unique<audit::FileCheckpoint>(config.audit_checkpoint_path().string(),
                                                         config.audit_key);
  s.audit = std::make_unique<audit::AuditLog>(config.audit_key, clock, *s.checkpoint);
  return s;
}

}  // namespace pv::app
