// `portevoix demo`: a demo data directory whose library went through the real
// services: items approved, one pending, one rejected, with their reviews and
// audit entries, and an audit log that verifies.
#include <sqlite3.h>

#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

std::map<std::string, int> count_by(const std::string& database, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::map<std::string, int> out;
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    out[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))] = sqlite3_column_int(stmt, 1);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

TEST(DemoTest, TheDemoLibraryWentThroughTheServices) {
  TempDir dir;
  const auto data = dir.path() / "demo";
  auto made = run_portevoix({"demo", "--data", data.string(), "--listen", "127.0.0.1:0"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.out.find("Content library: 10 approved, 1 pending review, 1 rejected"),
            std::string::npos)
      << made.out;
  const std::string database = (data / "portevoix.db").string();
  auto statuses = count_by(database, "SELECT status, count(*) FROM content_versions GROUP BY 1");
  EXPECT_EQ(statuses,
            (std::map<std::string, int>{{"approved", 10}, {"pending", 1}, {"rejected", 1}}));
  auto languages =
      count_by(database, "SELECT language_primary, count(*) FROM content_versions GROUP BY 1");
  EXPECT_GE(languages["en"], 5);
  EXPECT_GE(languages["fr"], 5);
  auto reviews = count_by(database, "SELECT status, count(*) FROM reviews GROUP BY 1");
  EXPECT_EQ(reviews, (std::map<std::string, int>{{"approved", 10}, {"open", 1}, {"rejected", 1}}));
  auto verdicts = count_by(database,
                           "SELECT json_extract(verdict, '$.verdict'), count(*) FROM reviews "
                           "WHERE status = 'rejected' GROUP BY 1");
  EXPECT_EQ(verdicts["review"], 1);  // the rejected one was held by the charter
  auto actions = count_by(database, "SELECT action, count(*) FROM audit_log GROUP BY 1");
  EXPECT_EQ(actions["content.create"], 12);
  EXPECT_EQ(actions["content.submit"], 12);
  EXPECT_EQ(actions["review.decide"], 11);
  EXPECT_EQ(actions["content.approve"], 10);
  EXPECT_EQ(actions["content.reject"], 1);
  auto verified = run_portevoix({"audit", "verify", "--config", (data / "config.json").string()});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

}  // namespace
}  // namespace pv::testing
