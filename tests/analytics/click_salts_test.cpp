#include "analytics/click_salts.h"

#include "sharing/store_fixture.h"

namespace pv::analytics {
namespace {

class ClickSaltsTest : public testing::SharingStoreTest {
 protected:
  TimeZone toronto() { return TimeZone::load("America/Toronto").value(); }
};

TEST_F(ClickSaltsTest, OneSaltPerLocalDaySharedByServers) {
  ClickSalts first(*db_, clock_, toronto(), std::nullopt);
  auto second_db = open();
  ClickSalts second(*second_db, clock_, toronto(), std::nullopt);
  auto today = first.current();
  EXPECT_EQ(today.size(), 64u);
  EXPECT_EQ(first.current(), today);
  EXPECT_EQ(second.current(), today);  // the other server finds the stored one

  // Still the 20th in Toronto at 04:59Z on the 21st; a new day at 05:00Z.
  clock_.advance(std::chrono::hours(13) + std::chrono::minutes(59));
  EXPECT_EQ(first.current(), today);
  clock_.advance(std::chrono::minutes(1));
  auto tomorrow = first.current();
  EXPECT_NE(tomorrow, today);
  EXPECT_EQ(second.current(), tomorrow);

  // The earlier day's salt is gone from the store.
  db_->write([&](store::Tx& tx) {
    EXPECT_EQ(tx.links().day_salt("2026-11-20", "fresh", "2026-11-20", clock_.now()), "fresh");
  });
}

TEST_F(ClickSaltsTest, AConfiguredSaltIsUsedEveryDay) {
  ClickSalts salts(*db_, clock_, toronto(), std::string("configured"));
  EXPECT_EQ(salts.current(), "configured");
  clock_.advance(std::chrono::hours(48));
  EXPECT_EQ(salts.current(), "configured");
}

}  // namespace
}  // namespace pv::analytics
