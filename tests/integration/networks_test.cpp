// Connected accounts through the real server, against the stand-in networks:
// the OAuth round trip for each network (connect -> the network's consent ->
// callback, with no session cookie), the list, disconnecting, and then the
// connectors publishing with the tokens the server stored, read from its
// database the way another Porte-voix process would.
#include <fstream>
#include <sstream>

#include <boost/url/parse.hpp>
#include <sqlite3.h>

#include "app/config.h"
#include "http/beast_client.h"
#include "integration/app_fixture.h"
#include "networks/account_service.h"
#include "networks/form.h"
#include "store/sqlite/sqlite_database.h"
#include "support/standin_process.h"
#include "util/crypto.h"
#include "util/time.h"

namespace pv::testing {
namespace {

using networks::FailureClass;

std::string target_of(const std::string& url) {
  auto u = boost::urls::parse_uri(url);
  return std::string(u->encoded_target());
}

std::string query_value(const std::string& url, const std::string& key) {
  auto u = boost::urls::parse_uri_reference(url);
  for (auto p : u->params())
    if (p.key == key) return p.value;
  auto hash = url.find('#');  // the UI's route: "#/networks?network=...&connected=..."
  if (hash == std::string::npos) return "";
  return query_value("/" + url.substr(url.find('?', hash)), key);
}

class NetworksTest : public AppFixture {
 protected:
  void SetUp() override {
    standin_ = std::make_unique<StandinProcess>(dir_.path() / "standin");
    start({{"networks", standin_->networks_config()}});
    add_user("advisor@test.example", {"advisor"});
    advisor_ = sign_in("advisor@test.example");
  }

  // The browser's round trip; returns where the server sent it back to.
  std::string connect(SignedIn& who, const std::string& network, const std::string& query = "") {
    auto start = who.client->get("/api/v1/networks/" + network + "/connect" + query);
    EXPECT_EQ(start.status, 302) << start.body;
    auto authorize = start.header("Location").value_or("");
    EXPECT_EQ(authorize.rfind(standin_->url(), 0), 0u) << authorize;
    EXPECT_EQ(start.header("Cache-Control"), "no-store");
    HttpClient network_site(standin_->address());
    auto consent = network_site.get(target_of(authorize));
    EXPECT_EQ(consent.status, 302) << consent.body;
    auto callback = consent.header("Location").value_or("");
    EXPECT_EQ(callback.rfind(
                  "http://" + server_->address() + "/api/v1/networks/" + network + "/callback?", 0),
              0u)
        << callback;
    last_callback_ = target_of(callback);
    // A redirect from another site: the SameSite=Strict cookie stays home.
    auto back = client()->get(last_callback_);
    EXPECT_EQ(back.status, 302) << back.body;
    return back.header("Location").value_or("");
  }

  nlohmann::json accounts(SignedIn& who) {
    auto r = who.client->get("/api/v1/networks");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }

  nlohmann::json account(SignedIn& who, const std::string& network) {
    for (const auto& a : accounts(who))
      if (a["network"] == network) return a;
    return nullptr;
  }

  std::unique_ptr<StandinProcess> standin_;
  SignedIn advisor_;
  std::string last_callback_;
};

TEST_F(NetworksTest, ConnectsEachNetworkThroughTheServer) {
  for (const char* network : {"linkedin", "x", "facebook"}) {
    auto back = connect(advisor_, network);
    EXPECT_EQ(back.rfind("http://" + server_->address() + "/#/networks?network=" + network, 0), 0u)
        << back;
    EXPECT_FALSE(query_value(back, "connected").empty()) << back;
  }
  auto linkedin = account(advisor_, "linkedin");
  EXPECT_EQ(linkedin["display_name"], "Alex Example");
  EXPECT_EQ(linkedin["author"], "urn:li:person:782bbtaQ");
  EXPECT_EQ(linkedin["status"], "active");
  auto expires = parse_time(linkedin["expires_at"].get<std::string>());
  ASSERT_TRUE(expires);
  EXPECT_NEAR(std::chrono::duration<double>(*expires - std::chrono::system_clock::now()).count(),
              5184000, 120);
  auto x = account(advisor_, "x");
  EXPECT_EQ(x["author"], "AlexExample");
  EXPECT_EQ(x["expires_at"], nullptr);  // refreshes itself
  EXPECT_EQ(x["status"], "active");
  auto facebook = account(advisor_, "facebook");
  EXPECT_EQ(facebook["display_name"], "Example Inc.");
  EXPECT_EQ(facebook["external_id"], "546349135390552");
  // Each one's exchange reached the stand-in with this server's callback.
  for (const auto& r : standin_->requests("linkedin")) {
    if (r["path"] == "/oauth/v2/accessToken") {
      auto redirect = networks::percent_encode("http://" + server_->address() +
                                               "/api/v1/networks/linkedin/callback");
      EXPECT_NE(r["body"].get<std::string>().find("redirect_uri=" + redirect), std::string::npos)
          << r["body"];
    }
  }
}

TEST_F(NetworksTest, ACallbackStateIsUsedOnceAndUnknownOnesAreRefused) {
  connect(advisor_, "x");
  auto replay = client()->get(last_callback_);
  EXPECT_EQ(replay.status, 400);
  EXPECT_EQ(replay.json()["error"]["code"], "invalid_state");
  auto made_up = client()->get("/api/v1/networks/x/callback?code=abc&state=made-up");
  EXPECT_EQ(made_up.status, 400);
  EXPECT_EQ(client()->get("/api/v1/networks/myspace/callback?state=x").status, 404);
}

TEST_F(NetworksTest, AMemberWhoDeclinesComesBackWithTheReason) {
  standin_->settings({{"deny_next", "linkedin"}});
  auto back = connect(advisor_, "linkedin");
  EXPECT_EQ(query_value(back, "error"), "rejected") << back;
  EXPECT_EQ(query_value(back, "reason"), "user_cancelled_authorize") << back;
  EXPECT_TRUE(accounts(advisor_).empty());
}

TEST_F(NetworksTest, OnlyTheOwnerDisconnectsAndTheAuditLogSaysSo) {
  connect(advisor_, "linkedin");
  auto id = account(advisor_, "linkedin")["id"].get<std::string>();
  add_user("other@test.example", {"advisor"});
  auto other = sign_in("other@test.example");
  EXPECT_EQ(other.send("DELETE", "/api/v1/networks/" + id).status, 404);
  EXPECT_TRUE(accounts(other).empty());
  EXPECT_EQ(advisor_.send("DELETE", "/api/v1/networks/" + id).status, 204);
  EXPECT_TRUE(accounts(advisor_).empty());
  auto admin = sign_in(admin_email_);
  auto log = admin.client->get("/api/v1/audit?entity=network_account").json()["items"];
  std::vector<std::string> actions;
  for (const auto& e : log)
    actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"network.connect", "network.disconnect"}));
}

TEST_F(NetworksTest, OtherRolesAndUnknownNetworksAreRefused) {
  add_user("marketing@test.example", {"marketing"});
  auto marketing = sign_in("marketing@test.example");
  EXPECT_EQ(marketing.client->get("/api/v1/networks/x/connect").status, 403);
  EXPECT_EQ(advisor_.client->get("/api/v1/networks/myspace/connect").status, 404);
}

TEST_F(NetworksTest, NetworkSettingsAreCheckedAtStart) {
  ServerProcess bad(dir_.path() / "bad-networks",
                    {{"networks",
                      {{"linkedin",
                        {{"client_id", "id"},
                         {"client_secret", "s"},
                         {"api_base", "http://api.linkedin.com"},
                         {"version", "2026-01"}}},
                       {"x", {{"client_id", "id"}, {"version", "2"}}},
                       {"facebook",
                        {{"client_id", "id"},
                         {"client_secret", "s"},
                         {"token_url", "https://graph.facebook.com/x?y=1"}}},
                       {"mastodon", {{"client_id", "id"}}}}}});
  auto r = bad.run({"migrate"});
  EXPECT_EQ(r.exit_code, 2);
  for (const char* named :
       {"networks.linkedin.api_base: must be https://", "networks.x.version: unknown key",
        "networks.x.client_id and client_secret: give both or neither",
        "networks.facebook.token_url: must have no query", "networks.mastodon: unknown key"}) {
    EXPECT_NE(r.err.find(named), std::string::npos) << named << "\n" << r.err;
  }
}

// The server's tokens, used by another process holding the same configuration
// (as the publisher will): real connectors, real HTTP, the stand-in checking.
class PublishingTest : public NetworksTest {
 protected:
  void SetUp() override {
    NetworksTest::SetUp();
    std::ifstream in(server_->config_file());
    std::stringstream text;
    text << in.rdbuf();
    config_ = std::make_unique<app::Config>(app::config_from_json(text.str(), {}).value());
    db_ = std::make_unique<store::sqlite::SqliteDatabase>(
        store::sqlite::SqliteOptions{server_->database_file()});
    checkpoint_ = std::make_unique<audit::FileCheckpoint>(
        (dir_.path() / "publisher.checkpoint").string(), config_->audit_key);
    audit_ = std::make_unique<audit::AuditLog>(config_->audit_key, clock_, *checkpoint_);
    client_ = http::make_beast_client();
    registry_ = networks::make_connectors(config_->networks, *client_, clock_);
    accounts_ = std::make_unique<networks::AccountService>(
        *db_, *audit_, clock_, registry_, networks::TokenCipher(config_->token_key));
  }
  void TearDown() override {
    accounts_.reset();
    db_.reset();
    NetworksTest::TearDown();
  }
  std::string connected(const std::string& network) {
    connect(advisor_, network);
    return account(advisor_, network)["id"];
  }
  store::NetworkAccountRow row(const std::string& id) {
    return *db_->read_value([&](store::Tx& tx) { return tx.network_accounts().find(id); });
  }

  SystemClock clock_;
  std::unique_ptr<app::Config> config_;
  std::unique_ptr<store::sqlite::SqliteDatabase> db_;
  std::unique_ptr<audit::FileCheckpoint> checkpoint_;
  std::unique_ptr<audit::AuditLog> audit_;
  std::unique_ptr<http::Client> client_;
  networks::ConnectorRegistry registry_;
  std::unique_ptr<networks::AccountService> accounts_;
};

TEST_F(PublishingTest, TokensAreStoredSealed) {
  auto id = connected("linkedin");
  std::string token;
  for (const auto& r : standin_->requests("linkedin"))
    if (r["path"] == "/v2/userinfo")
      token = r["headers"]["authorization"].get<std::string>().substr(7);
  ASSERT_FALSE(token.empty());
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open_v2(server_->database_file().c_str(), &raw, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(raw, "SELECT access_token FROM network_accounts", -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  std::string stored(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
  sqlite3_finalize(q);
  sqlite3_close(raw);
  EXPECT_EQ(stored.rfind("v1.", 0), 0u);
  EXPECT_EQ(stored.find(token), std::string::npos);
  EXPECT_EQ(networks::TokenCipher(config_->token_key).open(stored), token);
  EXPECT_EQ(row(id).tokens.access_token, stored);
}

TEST_F(PublishingTest, PublishesOnEachNetworkWithTheStoredTokens) {
  const std::string link = "https://horizon.example/l/abc123";
  auto linkedin = accounts_->publish(
      connected("linkedin"), {"Nos perspectives 2027 (à lire) " + link, link, "Perspectives 2027"});
  ASSERT_TRUE(linkedin) << linkedin.failure().reason;
  auto x = accounts_->publish(connected("x"), {"Our 2027 outlook " + link, link, {}});
  ASSERT_TRUE(x) << x.failure().reason;
  auto facebook = accounts_->publish(connected("facebook"), {"Our 2027 outlook", link, {}});
  ASSERT_TRUE(facebook) << facebook.failure().reason;

  auto li = standin_->posts("linkedin");
  ASSERT_EQ(li.size(), 1u);
  EXPECT_EQ(li[0]["id"], linkedin->post_id);
  EXPECT_EQ(li[0]["body"]["author"], "urn:li:person:782bbtaQ");
  EXPECT_EQ(li[0]["body"]["commentary"], "Nos perspectives 2027 \\(à lire\\) " + link);
  EXPECT_EQ(li[0]["body"]["content"]["article"],
            nlohmann::json({{"source", link}, {"title", "Perspectives 2027"}}));
  auto tw = standin_->posts("x");
  ASSERT_EQ(tw.size(), 1u);
  EXPECT_EQ(tw[0]["body"], nlohmann::json({{"text", "Our 2027 outlook " + link}}));
  EXPECT_EQ(x->post_url, "https://x.com/AlexExample/status/" + x->post_id);
  auto fb = standin_->posts("facebook");
  ASSERT_EQ(fb.size(), 1u);
  EXPECT_EQ(fb[0]["author"], "546349135390552");
  EXPECT_EQ(fb[0]["body"],
            nlohmann::json({{"message", "Our 2027 outlook"}, {"link", link}, {"published", true}}));
}

TEST_F(PublishingTest, AnExpiredLinkedInTokenShowsAsNeedsReconnect) {
  auto id = connected("linkedin");
  standin_->expire("linkedin");
  auto r = accounts_->publish(id, {"Trop tard", {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_EQ(r.failure().code, "EXPIRED_ACCESS_TOKEN");
  auto shown = account(advisor_, "linkedin");
  EXPECT_EQ(shown["status"], "needs_reconnect");
  EXPECT_EQ(shown["reconnect_reason"], "The token used in the request has expired");
  // Connecting again clears it.
  connect(advisor_, "linkedin");
  EXPECT_EQ(account(advisor_, "linkedin")["status"], "active");
  EXPECT_EQ(account(advisor_, "linkedin")["id"], id);
}

TEST_F(PublishingTest, AnXTokenAboutToExpireIsRefreshedAndTheOldRefreshTokenDies) {
  standin_->settings({{"x_access_seconds", 60}});  // within the refresh margin at once
  auto id = connected("x");
  networks::TokenCipher cipher(config_->token_key);
  auto before = row(id);
  auto old_refresh = *cipher.open(*before.tokens.refresh_token);

  auto r = accounts_->publish(id, {"Fresh token", {}, {}});
  ASSERT_TRUE(r) << r.failure().reason;
  auto after = row(id);
  EXPECT_EQ(after.token_version, before.token_version + 1);
  auto new_refresh = *cipher.open(*after.tokens.refresh_token);
  EXPECT_NE(new_refresh, old_refresh);
  // The post went out with the new access token.
  auto posts = standin_->posts("x");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0]["headers"]["authorization"],
            "Bearer " + *cipher.open(after.tokens.access_token));
  // The spent refresh token is refused by the network; the new one is not.
  auto& x = *registry_.find(networks::Network::kX);
  auto replay = x.refresh({"", old_refresh, std::nullopt, std::nullopt, ""});
  ASSERT_FALSE(replay);
  EXPECT_EQ(replay.failure().kind, FailureClass::kNeedsReconnect);
  int refreshes = 0;
  for (const auto& req : standin_->requests("x"))
    refreshes +=
        req["body"].get<std::string>().find("grant_type=refresh_token") != std::string::npos;
  EXPECT_EQ(refreshes, 2);  // the service's one, and the replay above
}

TEST_F(PublishingTest, ADroppedConnectionAfterSendingIsAnUnknownOutcome) {
  auto id = connected("facebook");
  standin_->fault("facebook", "drop_after_processing", {{"path", "/v25.0/546349135390552/feed"}});
  auto r = accounts_->publish(id, {"Maybe out", {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kUnknownOutcome);
  EXPECT_EQ(standin_->posts("facebook").size(), 1u);  // it was, in fact
  EXPECT_EQ(account(advisor_, "facebook")["status"], "active");
}

}  // namespace
}  // namespace pv::testing
