#include "sharing/share_counts.h"

#include "sharing/store_fixture.h"

namespace pv::sharing {
namespace {

using std::chrono::hours;

TEST(ShareCounts, TheNewShareCountsInBoth) {
  struct Case {
    store::ShareTally today, recent;
    bool promotional;
    std::int64_t shares_today;
    double promotional_share;
  } cases[] = {
      {{0, 0}, {0, 0}, false, 1, 0.0},
      {{0, 0}, {0, 0}, true, 1, 1.0},
      {{2, 1}, {3, 1}, true, 3, 0.5},
      {{4, 0}, {9, 3}, false, 5, 0.3},
  };
  for (const auto& c : cases) {
    auto counts = counts_with_new_share(c.today, c.recent, c.promotional);
    EXPECT_EQ(counts.shares_today, c.shares_today);
    EXPECT_DOUBLE_EQ(counts.promotional_share, c.promotional_share);
  }
}

class ShareCountsStoreTest : public testing::SharingStoreTest {
 protected:
  void add(const std::string& status, bool promotional, TimePoint created) {
    auto s = share("u1", status, "linkedin", promotional);
    s.created_at = created;
    db_->write([&](store::Tx& tx) { tx.shares().insert(s); });
  }
  ShareCounts counts(bool promotional) {
    auto zone = TimeZone::load("America/Toronto").value();
    return db_->read_value(
        [&](store::Tx& tx) { return share_counts(tx, "u1", promotional, clock_.now(), zone); });
  }
};

TEST_F(ShareCountsStoreTest, TodayStartsAtMidnightInTheFirmsZone) {
  // Now is 10:00 in Toronto (15:00Z); the day began at 05:00Z.
  const TimePoint midnight = *parse_time("2026-11-20T05:00:00Z");
  add("published", false, midnight);                      // today
  add("scheduled", true, midnight + hours(2));            // today
  add("published", false, midnight - hours(1));           // yesterday, 23:00 local
  add("cancelled", true, midnight + hours(1));            // never counts
  add("blocked", true, midnight + hours(1));              // never counts
  add("published", true, clock_.now() - hours(24 * 29));  // in the 30 days
  add("published", true, clock_.now() - hours(24 * 31));  // too old
  auto c = counts(false);
  EXPECT_EQ(c.shares_today, 3);  // two today, and this one
  // Promotional among the 30 days: 1 scheduled + 1 from 29 days ago, of 4 + this one.
  EXPECT_DOUBLE_EQ(c.promotional_share, 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(counts(true).promotional_share, 3.0 / 5.0);
}

TEST_F(ShareCountsStoreTest, OtherAdvisorsDoNotCount) {
  add_user("u2");
  auto s = share("u2", "published", "x", true);
  db_->write([&](store::Tx& tx) { tx.shares().insert(s); });
  auto c = counts(false);
  EXPECT_EQ(c.shares_today, 1);
  EXPECT_DOUBLE_EQ(c.promotional_share, 0.0);
}

}  // namespace
}  // namespace pv::sharing
