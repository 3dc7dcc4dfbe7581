// The connectors over real HTTP against the stand-in networks, which check
// every request as the real ones would: connecting, publishing exactly the
// expected request, each error class, and the failures after sending.
#include <boost/url/parse.hpp>
#include <gtest/gtest.h>

#include "http/beast_client.h"
#include "networks/connectors.h"
#include "networks/facebook_connector.h"
#include "networks/linkedin_connector.h"
#include "networks/pkce.h"
#include "networks/x_connector.h"
#include "support/http_client.h"
#include "support/standin_process.h"
#include "support/temp_dir.h"
#include "util/crypto.h"

namespace pv::testing {
namespace {

using namespace pv::networks;

NetworkSettings settings_from(const nlohmann::json& j) {
  NetworkSettings s;
  s.client_id = j["client_id"];
  s.client_secret = j["client_secret"];
  s.auth_url = j["auth_url"];
  s.token_url = j["token_url"];
  s.api_base = j["api_base"];
  s.version = j.value("version", "");
  return s;
}

std::string query_value(const std::string& url, const std::string& key) {
  auto u = boost::urls::parse_uri_reference(url);
  for (auto p : u->params())
    if (p.key == key) return p.value;
  return "";
}

class StandinTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto::init();
    standin_ = new StandinProcess(dir_.path());
  }
  static void TearDownTestSuite() { delete standin_; }

  void SetUp() override {
    standin_->reset();
    auto config = standin_->networks_config();
    http::ClientOptions options;
    options.request_timeout = std::chrono::milliseconds(1000);
    client_ = http::make_beast_client(options);
    for (auto n : policy::kAllNetworks) {
      settings_.of(n) = settings_from(config[std::string(policy::to_string(n))]);
    }
    registry_ = make_connectors(settings_, *client_, clock_);
  }

  Connector& connector(Network n) { return *registry_.find(n); }

  // The browser's part: open the authorize URL; the stand-in consents at once
  // and redirects to the callback, whose query is returned.
  std::string consent(Network n, const std::string& state, const std::string& verifier = "") {
    auto url = connector(n).authorize_url(
        {state, kRedirect, verifier.empty() ? "" : code_challenge_s256(verifier)});
    auto target = url.substr(standin_->url().size());
    HttpClient browser(standin_->address());
    auto r = browser.get(target);
    EXPECT_EQ(r.status, 302) << r.body;
    auto location = r.header("Location").value_or("");
    EXPECT_EQ(location.rfind(kRedirect + "?", 0), 0u) << location;
    EXPECT_EQ(query_value(location, "state"), state);
    return location;
  }

  Connected connect(Network n) {
    std::string verifier = connector(n).uses_pkce() ? make_code_verifier() : "";
    auto back = consent(n, "state-" + std::string(policy::to_string(n)), verifier);
    auto connected =
        connector(n).exchange_code({query_value(back, "code"), kRedirect, verifier, {}});
    EXPECT_TRUE(connected) << connected.failure().reason;
    return connected.value();
  }

  static Credentials credentials(const Connected& c) {
    return {c.tokens.access_token, c.identity.external_id, c.identity.author, 1};
  }

  const std::string kRedirect = "http://127.0.0.1:9/api/v1/networks/cb";
  static inline TempDir dir_;
  static inline StandinProcess* standin_ = nullptr;
  SystemClock clock_;
  NetworksSettings settings_;
  std::unique_ptr<http::Client> client_;
  ConnectorRegistry registry_;
};

TEST_F(StandinTest, LinkedInConnectsAndPublishesTheExactPost) {
  auto c = connect(Network::kLinkedIn);
  EXPECT_EQ(c.identity.author, "urn:li:person:782bbtaQ");
  EXPECT_EQ(c.identity.display_name, "Alex Example");
  EXPECT_EQ(c.tokens.refresh_token, std::nullopt);
  auto published =
      connector(Network::kLinkedIn)
          .publish(credentials(c), {"Nos résultats (T3) : #rendement @équipe *net* 4_5 ~ fin",
                                    "https://blog.example.com/q3?a=1&b=(2)", "Résultats T3"});
  ASSERT_TRUE(published) << published.failure().reason;
  EXPECT_EQ(published->post_id.rfind("urn:li:share:", 0), 0u);
  auto posts = standin_->posts("linkedin");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0]["id"], published->post_id);
  EXPECT_EQ(posts[0]["body"], nlohmann::json::parse(R"json({
    "author": "urn:li:person:782bbtaQ",
    "commentary": "Nos résultats \\(T3\\) : #rendement \\@équipe \\*net\\* 4\\_5 \\~ fin",
    "visibility": "PUBLIC",
    "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                     "thirdPartyDistributionChannels": []},
    "content": {"article": {"source": "https://blog.example.com/q3?a=1&b=(2)",
                            "title": "Résultats T3"}},
    "lifecycleState": "PUBLISHED",
    "isReshareDisabledByAuthor": false})json"));
  EXPECT_EQ(posts[0]["headers"]["linkedin-version"], "202601");
  EXPECT_EQ(posts[0]["headers"]["x-restli-protocol-version"], "2.0.0");
  EXPECT_EQ(posts[0]["headers"]["authorization"], "Bearer " + c.tokens.access_token);
}

TEST_F(StandinTest, TheStandinRefusesWhatLinkedInWouldCutShort) {
  auto c = connect(Network::kLinkedIn);
  auto raw = linkedin_post_request(settings_.linkedin, credentials(c), {"x", {}, {}});
  auto body = nlohmann::json::parse(raw.body);
  body["commentary"] = "Unescaped (parenthesis)";
  raw.body = body.dump();
  auto answer = client_->send(raw);
  ASSERT_TRUE(answer.ok());
  EXPECT_EQ(answer.response().status, 422);
  EXPECT_NE(answer.response().body.find("UNESCAPED_RESERVED_CHARACTER"), std::string::npos);
}

TEST_F(StandinTest, XConnectsWithPkcePublishesAndRotatesItsRefreshToken) {
  auto c = connect(Network::kX);
  EXPECT_EQ(c.identity.author, "AlexExample");
  ASSERT_TRUE(c.tokens.refresh_token);
  auto& x = connector(Network::kX);
  auto published =
      x.publish(credentials(c), {"Hiring in Montréal https://careers.example.com/p #jobs",
                                 "https://careers.example.com/p",
                                 {}});
  ASSERT_TRUE(published) << published.failure().reason;
  EXPECT_EQ(published->post_url, "https://x.com/AlexExample/status/" + published->post_id);
  auto posts = standin_->posts("x");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0]["body"],
            nlohmann::json({{"text", "Hiring in Montréal https://careers.example.com/p #jobs"}}));

  auto fresh = x.refresh(c.tokens);
  ASSERT_TRUE(fresh) << fresh.failure().reason;
  EXPECT_NE(fresh->refresh_token, c.tokens.refresh_token);
  EXPECT_NE(fresh->access_token, c.tokens.access_token);
  // The old refresh token is spent.
  auto replay = x.refresh(c.tokens);
  ASSERT_FALSE(replay);
  EXPECT_EQ(replay.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_EQ(replay.failure().code, "invalid_request");
  // The new pair works.
  EXPECT_TRUE(x.refresh(fresh.value()));
}

TEST_F(StandinTest, XRefusesACodeWithTheWrongVerifier) {
  auto verifier = make_code_verifier();
  auto back = consent(Network::kX, "s", verifier);
  auto wrong = connector(Network::kX)
                   .exchange_code({query_value(back, "code"), kRedirect, make_code_verifier(), {}});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_EQ(wrong.failure().reason, "Value passed for the code_verifier was invalid.");
}

TEST_F(StandinTest, FacebookConnectsAPageAndPublishesToIt) {
  auto c = connect(Network::kFacebook);
  EXPECT_EQ(c.identity.external_id, "546349135390552");
  EXPECT_EQ(c.identity.display_name, "Example Inc.");
  EXPECT_EQ(c.tokens.expires_at, std::nullopt);
  auto published =
      connector(Network::kFacebook)
          .publish(credentials(c), {"Our Q3 report is out", "https://blog.example.com/q3", {}});
  ASSERT_TRUE(published) << published.failure().reason;
  EXPECT_EQ(published->post_id.rfind("546349135390552_", 0), 0u);
  auto posts = standin_->posts("facebook");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0]["body"], nlohmann::json({{"message", "Our Q3 report is out"},
                                              {"link", "https://blog.example.com/q3"},
                                              {"published", true}}));
  // Every Graph call went to the configured version, and no token travelled in a URL
  // except the code exchange's own parameters.
  for (const auto& r : standin_->requests("facebook")) {
    EXPECT_EQ(r["path"].get<std::string>().rfind("/v25.0/", 0), 0u) << r["path"];
  }
}

TEST_F(StandinTest, FacebookWithoutAPageCannotConnect) {
  standin_->member("facebook",
                   {{"id", "10000002"}, {"name", "No Pages"}, {"pages", nlohmann::json::array()}});
  auto back = consent(Network::kFacebook, "s");
  auto r =
      connector(Network::kFacebook).exchange_code({query_value(back, "code"), kRedirect, "", {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "no_page");
}

// Each error class, as each network answers it, comes out classified.
TEST_F(StandinTest, EveryErrorClassOnEveryNetwork) {
  struct Expect {
    const char* fault;
    FailureClass kind;
  };
  const Expect faults[] = {{"needs_reconnect", FailureClass::kNeedsReconnect},
                           {"rate_limited", FailureClass::kRateLimited},
                           {"transient", FailureClass::kTransient},
                           {"rejected", FailureClass::kRejected},
                           {"drop", FailureClass::kUnknownOutcome}};
  for (auto n : policy::kAllNetworks) {
    auto c = connect(n);
    std::string name(policy::to_string(n));
    int attempt = 0;
    for (const auto& e : faults) {
      standin_->fault(name, e.fault, {{"retry_after_seconds", 600}});
      auto before = std::chrono::system_clock::now();
      auto r = connector(n).publish(credentials(c), {"Post " + std::to_string(++attempt), {}, {}});
      ASSERT_FALSE(r) << name << " " << e.fault;
      EXPECT_EQ(r.failure().kind, e.kind) << name << " " << e.fault << ": " << r.failure().reason;
      if (e.kind == FailureClass::kRateLimited && n != Network::kLinkedIn) {
        // X and Facebook say when to come back (LinkedIn documents no time).
        ASSERT_TRUE(r.failure().retry_at) << name;
        EXPECT_GE(*r.failure().retry_at, before + std::chrono::seconds(590)) << name;
        EXPECT_LE(*r.failure().retry_at, before + std::chrono::seconds(700)) << name;
      }
    }
    EXPECT_TRUE(standin_->posts(name).empty()) << name;
  }
}

TEST_F(StandinTest, PublishedThenDroppedIsStillAnUnknownOutcome) {
  auto c = connect(Network::kX);
  standin_->fault("x", "drop_after_processing", {{"path", "/2/tweets"}});
  auto r = connector(Network::kX).publish(credentials(c), {"It went out", {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kUnknownOutcome);
  EXPECT_EQ(standin_->posts("x").size(), 1u);  // which is why it is never retried blindly
  // A retry would be a duplicate, which the network refuses.
  auto again = connector(Network::kX).publish(credentials(c), {"It went out", {}, {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.failure().kind, FailureClass::kRejected);
  EXPECT_EQ(again.failure().code, "duplicate");
}

TEST_F(StandinTest, ASlowNetworkAfterSendingIsAnUnknownOutcome) {
  auto c = connect(Network::kLinkedIn);
  standin_->fault("linkedin", "delay", {{"delay_ms", 1500}, {"path", "/rest/posts"}});
  auto r = connector(Network::kLinkedIn).publish(credentials(c), {"Slow", {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kUnknownOutcome);
}

TEST_F(StandinTest, AnExpiredLinkedInTokenNeedsAReconnect) {
  auto c = connect(Network::kLinkedIn);
  standin_->expire("linkedin");
  auto r = connector(Network::kLinkedIn).publish(credentials(c), {"Too late", {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_EQ(r.failure().code, "EXPIRED_ACCESS_TOKEN");
}

TEST_F(StandinTest, DuplicatesAndRetiredVersionsAreRejected) {
  auto c = connect(Network::kLinkedIn);
  ASSERT_TRUE(connector(Network::kLinkedIn).publish(credentials(c), {"Same words", {}, {}}));
  auto dup = connector(Network::kLinkedIn).publish(credentials(c), {"Same words", {}, {}});
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.failure().kind, FailureClass::kRejected);
  EXPECT_EQ(dup.failure().code, "DUPLICATE_POST");

  settings_.linkedin.version = "202401";
  LinkedInConnector old(settings_.linkedin, *client_, clock_);
  auto sunset = old.publish(credentials(c), {"Other words", {}, {}});
  ASSERT_FALSE(sunset);
  EXPECT_EQ(sunset.failure().kind, FailureClass::kRejected);
  EXPECT_EQ(sunset.failure().code, "NONEXISTENT_VERSION");
}

TEST_F(StandinTest, XCountsWeightedLength) {
  auto c = connect(Network::kX);
  std::string cjk;
  for (int i = 0; i < 141; ++i)
    cjk += "\xe6\xbc\xa2";  // 漢: weight 2, so 282 in all
  auto r = connector(Network::kX).publish(credentials(c), {cjk, {}, {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().kind, FailureClass::kRejected);
  EXPECT_TRUE(connector(Network::kX).publish(credentials(c), {cjk.substr(3), {}, {}}));
}

}  // namespace
}  // namespace pv::testing
