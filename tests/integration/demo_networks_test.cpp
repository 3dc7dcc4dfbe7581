// The demo's networks: `portevoix demo --standin URL` points a new demo at the
// stand-in networks and connects every demo advisor's accounts on it, under
// their own names; run again on the same directory (the stand-in restarted,
// its tokens forgotten), it connects them again.
#include <fstream>

#include <sqlite3.h>

#include "integration/app_fixture.h"
#include "support/standin_process.h"

namespace pv::testing {
namespace {

int count_rows(const std::string& database, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
  int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

TEST(DemoNetworks, TheDemoAdvisorsAreConnectedOnTheStandin) {
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  const auto database = data + "/portevoix.db";
  {
    StandinProcess standin(dir.path() / "standin");
    auto made = run_portevoix({"demo", "--data", data, "--standin", standin.url()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("connected david.chen@heritage.example on linkedin as David Chen"),
              std::string::npos)
        << made.out;
    std::ifstream config(data + "/config.json");
    auto json = nlohmann::json::parse(config);
    EXPECT_EQ(json["networks"]["linkedin"]["api_base"], standin.url());
    // Three demo advisors, three networks each.
    EXPECT_EQ(count_rows(database, "SELECT count(*) FROM network_accounts"), 9);
    EXPECT_EQ(count_rows(database,
                         "SELECT count(*) FROM network_accounts a JOIN users u ON u.id = a.user_id "
                         "WHERE a.network = 'x' AND a.display_name = u.name"),
              3);
  }
  // A new stand-in (the old one's tokens are gone), the same directory.
  StandinProcess standin(dir.path() / "standin2");
  auto again = run_portevoix({"demo", "--data", data, "--standin", standin.url()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(count_rows(database, "SELECT count(*) FROM network_accounts"), 9);
  // Without the stand-in, an existing demo directory is still refused.
  EXPECT_EQ(run_portevoix({"demo", "--data", data}).exit_code, 2);
}

}  // namespace
}  // namespace pv::testing
