// Tracked links and analytics over HTTP: GET /l/{code} is a 302 to the
// content's URL with the UTM tags, every request is one click, link-preview
// fetchers are counted apart, readers are counted once without their address
// being kept, and the summaries and the CSV export add them up.
#include <sqlite3.h>

#include "integration/sharing_fixture.h"

namespace pv::testing {
namespace {

constexpr const char* kFirefox =
    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";

class LinksTest : public SharingFixture {
 protected:
  // A published LinkedIn share of a new item; returns it.
  nlohmann::json published_share(const std::string& title) {
    auto item = approved_item(title);
    auto shares = share("advisor", {{"content_id", item}, {"networks", {"linkedin"}}});
    return wait_for(shares[0]["id"], "published");
  }
  std::string path_of(const std::string& link) { return link.substr(link.find("/l/")); }
  HttpResponse follow(const std::string& path, const std::string& agent,
                      const std::string& forwarded = "") {
    HeaderList headers = {{"User-Agent", agent}};
    if (!forwarded.empty()) headers.emplace_back("X-Forwarded-For", forwarded);
    return client()->get(path, headers);
  }
};

TEST_F(LinksTest, RedirectsWithUtmTagsAndCountsClicksBotsApart) {
  connect("advisor", "linkedin");
  auto share = published_share("Clicks");
  const std::string path = path_of(share["link"]);
  auto r = follow(path, kFirefox);
  ASSERT_EQ(r.status, 302) << r.body;
  const std::string location = r.header("Location").value_or("");
  // The item's URL kept its query and fragment; the tags go into the query.
  EXPECT_EQ(location,
            "https://www.heritage.example/insights/1?lang=en&utm_source=linkedin&"
            "utm_medium=employee_advocacy&utm_campaign=" +
                share["content_id"].get<std::string>() + "#top");
  EXPECT_EQ(r.header("Cache-Control"), "no-store");
  EXPECT_EQ(follow(path, kFirefox).status, 302);
  // Another reader; the X-Forwarded-For it sends is not trusted by default.
  EXPECT_EQ(follow(path, "Mozilla/5.0 (Macintosh) Safari/605.1.15", "198.51.100.4").status, 302);
  // LinkedIn drawing the link card, Slack unfurling it: bots.
  EXPECT_EQ(follow(path, "LinkedInBot/1.0 (compatible; Mozilla/5.0)").status, 302);
  EXPECT_EQ(follow(path, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)").status, 302);
  EXPECT_EQ(follow("/l/AAAAAAAAAAAA", kFirefox).status, 404);

  auto clicks = get_share(share["id"])["history"]["clicks"];
  EXPECT_EQ(clicks["clicks"], 3);
  EXPECT_EQ(clicks["unique_clicks"], 2);
  EXPECT_EQ(clicks["bot_clicks"], 2);

  // The database keeps no address.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(server_->database_file().c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT visitor, agent FROM clicks", -1, &stmt, nullptr),
            SQLITE_OK);
  int rows = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    ++rows;
    std::string visitor(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    EXPECT_EQ(visitor.size(), 32u);
    EXPECT_EQ(visitor.find("127.0.0.1"), std::string::npos);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  EXPECT_EQ(rows, 5);
}

TEST_F(LinksTest, BehindATrustedProxyTheForwardedAddressIsTheReader) {
  // Started again, trusting X-Forwarded-For.
  server_->stop();
  server_.reset();
  set_up_trusting_proxy();
  connect("advisor", "linkedin");
  auto share = published_share("Proxy");
  const std::string path = path_of(share["link"]);
  follow(path, kFirefox, "203.0.113.7");
  follow(path, kFirefox, "203.0.113.8");
  follow(path, kFirefox, "10.0.0.9, 203.0.113.7");  // the proxy's entry is the last
  auto clicks = get_share(share["id"])["history"]["clicks"];
  EXPECT_EQ(clicks["clicks"], 3);
  EXPECT_EQ(clicks["unique_clicks"], 2);
}

TEST_F(LinksTest, SummariesAndExportAddUpSharesAndClicks) {
  connect("advisor", "linkedin");
  auto first = published_share("First");
  auto second = published_share("Second");
  follow(path_of(first["link"]), kFirefox);
  follow(path_of(first["link"]), "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0");
  follow(path_of(second["link"]), kFirefox);

  auto by_network = call("marketing", "GET", "/api/v1/analytics/summary?by=network");
  ASSERT_EQ(by_network.status, 200) << by_network.body;
  auto rows = by_network.json()["items"];
  ASSERT_EQ(rows.size(), 1u) << by_network.body;
  EXPECT_EQ(
      rows[0],
      nlohmann::json({{"key", "linkedin"}, {"shares", 2}, {"clicks", 3}, {"unique_clicks", 2}}));
  auto by_content = call("compliance", "GET", "/api/v1/analytics/summary?by=content");
  EXPECT_EQ(by_content.json()["items"].size(), 2u);
  auto by_advisor = call("admin", "GET", "/api/v1/analytics/summary?by=advisor");
  EXPECT_EQ(by_advisor.json()["items"][0]["key"], user_ids_["advisor"]);
  auto by_day = call("marketing", "GET", "/api/v1/analytics/summary?by=day");
  EXPECT_EQ(by_day.json()["items"][0]["shares"], 2);

  // An advisor sees their own: the Québec advisor has shared nothing.
  auto own = call("quebec", "GET", "/api/v1/analytics/summary?by=network");
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(own.json()["items"].empty()) << own.body;
  EXPECT_EQ(call("advisor", "GET", "/api/v1/analytics/summary?by=network").json()["items"].size(),
            1u);
  // Out of the period: nothing.
  auto old = call("marketing", "GET",
                  "/api/v1/analytics/summary?by=network&from=2020-01-01T00:00:00Z&to=2020-02-01T00:"
                  "00:00Z");
  EXPECT_TRUE(old.json()["items"].empty());
  EXPECT_EQ(call("marketing", "GET", "/api/v1/analytics/summary?by=week").status, 422);

  auto csv = call("marketing", "GET", "/api/v1/analytics/export.csv?by=network");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body, "key,shares,clicks,unique_clicks\r\nlinkedin,2,3,2\r\n");
}

}  // namespace
}  // namespace pv::testing
