#include "analytics/link_service.h"

#include "analytics/analytics_service.h"
#include "sharing/store_fixture.h"

namespace pv::analytics {
namespace {

constexpr const char* kFirefox = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Firefox/121.0";

class LinkServiceTest : public testing::SharingStoreTest {
 protected:
  void SetUp() override {
    SharingStoreTest::SetUp();
    auto s = share("u1", "published");
    s.published_at = clock_.now();
    share_id_ = s.id;
    db_->write([&](store::Tx& tx) {
      tx.shares().insert(s);
      tx.links().insert(store::LinkRow{"AbCdEfGhIj-_", s.id, kTarget, clock_.now()});
    });
  }
  TimeZone toronto() { return TimeZone::load("America/Toronto").value(); }
  store::ClickTally tally() {
    return db_->read_value([&](store::Tx& tx) { return tx.links().tally_for_share(share_id_); });
  }
  static constexpr const char* kTarget =
      "https://example.com/a?utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=c1";
  std::string share_id_;
};

TEST_F(LinkServiceTest, EveryRequestIsOneClickBotsApartReadersCountedOnce) {
  ClickSalts salts(*db_, clock_, toronto(), std::nullopt);
  LinkService links(*db_, clock_, salts);
  auto follow = [&](const std::string& agent, const std::string& address,
                    const std::string& method = "GET") {
    return links.follow("AbCdEfGhIj-_", ClickRequest{method, agent, address});
  };
  EXPECT_EQ(follow(kFirefox, "203.0.113.7").value(), kTarget);
  EXPECT_EQ(follow(kFirefox, "203.0.113.7").value(), kTarget);
  EXPECT_EQ(follow(kFirefox, "198.51.100.2").value(), kTarget);
  EXPECT_EQ(follow("LinkedInBot/1.0", "203.0.113.9").value(), kTarget);
  EXPECT_EQ(follow(kFirefox, "203.0.113.7", "HEAD").value(), kTarget);
  auto t = tally();
  EXPECT_EQ(t.clicks, 3);
  EXPECT_EQ(t.unique_clicks, 2);
  EXPECT_EQ(t.bot_clicks, 2);

  // No address is kept anywhere in the clicks.
  db_->read([&](store::Tx& tx) {
    int facts = 0;
    tx.links().scan_clicks(clock_.now(), clock_.now() + std::chrono::seconds(1), std::nullopt,
                           [&](const store::ClickFact& f) {
                             ++facts;
                             EXPECT_EQ(f.visitor.find("203.0.113"), std::string::npos);
                           });
    EXPECT_EQ(facts, 3);
  });
}

TEST_F(LinkServiceTest, UnknownCodesAreNotFoundAndRecordNothing) {
  ClickSalts salts(*db_, clock_, toronto(), std::string("fixed"));
  LinkService links(*db_, clock_, salts);
  for (const char* code : {"AbCdEfGhIj-X", "short", "../../../etc", ""}) {
    auto r = links.follow(code, ClickRequest{"GET", kFirefox, "203.0.113.7"});
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.error().kind(), ErrorKind::kNotFound);
  }
  EXPECT_EQ(tally().clicks, 0);
}

TEST_F(LinkServiceTest, SummaryOfSharesAndClicks) {
  ClickSalts salts(*db_, clock_, toronto(), std::nullopt);
  LinkService links(*db_, clock_, salts);
  ASSERT_TRUE(links.follow("AbCdEfGhIj-_", ClickRequest{"GET", kFirefox, "203.0.113.7"}).ok());
  ASSERT_TRUE(links.follow("AbCdEfGhIj-_", ClickRequest{"GET", kFirefox, "203.0.113.8"}).ok());
  AnalyticsService analytics(*db_, toronto());
  SummaryRequest request;
  request.by = GroupBy::kNetwork;
  request.from = clock_.now() - std::chrono::hours(1);
  request.to = clock_.now() + std::chrono::hours(1);
  auto rows = analytics.summary(request);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].key, "linkedin");
  EXPECT_EQ(rows[0].shares, 1);
  EXPECT_EQ(rows[0].clicks, 2);
  EXPECT_EQ(rows[0].unique_clicks, 2);
  request.user_id = "someone-else";
  EXPECT_TRUE(analytics.summary(request).empty());
  request.user_id = "u1";
  request.by = GroupBy::kDay;
  rows = analytics.summary(request);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].key, "2026-11-20");
}

TEST(Csv, QuotesWhatNeedsItAndDisarmsFormulas) {
  std::vector<SummaryRow> rows = {{"linkedin", 3, 10, 7},
                                  {"a,b", 1, 0, 0},
                                  {"say \"hi\"", 0, 1, 1},
                                  {"=HYPERLINK(\"x\")", 0, 0, 0}};
  EXPECT_EQ(to_csv(rows),
            "key,shares,clicks,unique_clicks\r\n"
            "linkedin,3,10,7\r\n"
            "\"a,b\",1,0,0\r\n"
            "\"say \"\"hi\"\"\",0,1,1\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",0,0,0\r\n");
}

}  // namespace
}  // namespace pv::analytics
