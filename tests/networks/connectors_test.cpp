// The connectors' flows over a fake client: what each sends in turn, how it
// reads the answers, and how failures come out.
#include <gtest/gtest.h>

#include "networks/facebook_connector.h"
#include "networks/fake_client.h"
#include "networks/linkedin_connector.h"
#include "networks/x_connector.h"
#include "support/fake_clock.h"

namespace pv::testing {
namespace {

using namespace pv::networks;
using Stage = http::TransportError::Stage;

NetworkSettings settings(Network network) {
  auto s = default_settings(network);
  s.client_id = "client-1";
  s.client_secret = "secret-1";
  return s;
}

class ConnectorTest : public ::testing::Test {
 protected:
  FakeClient client_;
  FakeClock clock_;
};

TEST_F(ConnectorTest, LinkedInConnectReadsTheMemberFromUserinfo) {
  LinkedInConnector c(settings(Network::kLinkedIn), client_, clock_);
  client_.answer(200, R"({"access_token":"AQV","expires_in":5184000,
      "scope":"email,openid,profile,w_member_social","token_type":"Bearer","id_token":"eyJ"})");
  client_.answer(
      200, R"({"sub":"782bbtaQ","name":"Alex Example","locale":{"country":"US","language":"en"}})");
  auto connected = c.exchange_code({"AQT", "https://pv.example/cb", "", {}});
  ASSERT_TRUE(connected) << connected.failure().reason;
  EXPECT_EQ(connected->tokens.access_token, "AQV");
  EXPECT_EQ(connected->tokens.expires_at, clock_.now() + std::chrono::seconds(5184000));
  EXPECT_EQ(connected->tokens.refresh_token, std::nullopt);
  EXPECT_EQ(connected->tokens.scopes, "email openid profile w_member_social");
  EXPECT_EQ(connected->identity.external_id, "782bbtaQ");
  EXPECT_EQ(connected->identity.author, "urn:li:person:782bbtaQ");
  EXPECT_EQ(connected->identity.display_name, "Alex Example");
  ASSERT_EQ(client_.sent.size(), 2u);
  EXPECT_EQ(client_.sent[1].url, "https://api.linkedin.com/v2/userinfo");
  EXPECT_EQ(*client_.sent[1].headers.get("Authorization"), "Bearer AQV");
}

TEST_F(ConnectorTest, LinkedInWithoutThePostingScopeIsRefused) {
  LinkedInConnector c(settings(Network::kLinkedIn), client_, clock_);
  client_.answer(200, R"({"access_token":"AQV","expires_in":5184000,"scope":"openid,profile"})");
  auto connected = c.exchange_code({"AQT", "https://pv.example/cb", "", {}});
  ASSERT_FALSE(connected);
  EXPECT_EQ(connected.failure().code, "missing_scope");
  EXPECT_EQ(client_.sent.size(), 1u);
}

TEST_F(ConnectorTest, LinkedInPublishReadsThePostIdFromTheHeader) {
  LinkedInConnector c(settings(Network::kLinkedIn), client_, clock_);
  client_.answer(201, "", {{"X-RestLi-Id", "urn:li:share:7301234567890123457"}});
  auto published = c.publish({"AQV", "782bbtaQ", "urn:li:person:782bbtaQ", 1}, {"Hello", {}, {}});
  ASSERT_TRUE(published);
  EXPECT_EQ(published->post_id, "urn:li:share:7301234567890123457");
  EXPECT_EQ(published->post_url,
            "https://www.linkedin.com/feed/update/urn:li:share:7301234567890123457");
}

TEST_F(ConnectorTest, LinkedInRefreshNeedsARefreshToken) {
  LinkedInConnector c(settings(Network::kLinkedIn), client_, clock_);
  auto none = c.refresh({"AQV", std::nullopt, clock_.now(), std::nullopt, ""});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_TRUE(client_.sent.empty());
  // With one (approved partners), the refresh token keeps its own end.
  auto ends = clock_.now() + std::chrono::hours(24 * 300);
  client_.answer(200, R"({"access_token":"AQV2","expires_in":5184000})");
  auto fresh = c.refresh({"AQV", "AQX", clock_.now(), ends, "openid w_member_social"});
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->access_token, "AQV2");
  EXPECT_EQ(fresh->refresh_token, "AQX");
  EXPECT_EQ(fresh->refresh_expires_at, ends);
  EXPECT_EQ(fresh->scopes, "openid w_member_social");
}

TEST_F(ConnectorTest, XConnectChecksScopesAndReadsTheUser) {
  XConnector c(settings(Network::kX), client_, clock_);
  client_.answer(200, R"({"token_type":"bearer","expires_in":7200,"access_token":"Q0Mz",
      "scope":"tweet.read tweet.write users.read offline.access","refresh_token":"bWRW"})");
  client_.answer(200,
                 R"({"data":{"id":"2244994945","name":"X Developers","username":"XDevelopers"}})");
  auto connected = c.exchange_code({"VGNi", "https://pv.example/cb", "verifier", {}});
  ASSERT_TRUE(connected) << connected.failure().reason;
  EXPECT_EQ(connected->tokens.refresh_token, "bWRW");
  EXPECT_EQ(connected->tokens.expires_at, clock_.now() + std::chrono::hours(2));
  EXPECT_EQ(connected->identity.external_id, "2244994945");
  EXPECT_EQ(connected->identity.author, "XDevelopers");

  client_.answer(200, R"({"token_type":"bearer","expires_in":7200,"access_token":"Q0Mz",
      "scope":"tweet.read users.read"})");
  auto refused = c.exchange_code({"VGNi", "https://pv.example/cb", "verifier", {}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.failure().code, "missing_scope");
}

TEST_F(ConnectorTest, XRefreshReturnsTheRotatedPair) {
  XConnector c(settings(Network::kX), client_, clock_);
  client_.answer(200, R"({"token_type":"bearer","expires_in":7200,"access_token":"A2",
      "scope":"tweet.read tweet.write users.read offline.access","refresh_token":"R2"})");
  auto fresh = c.refresh({"A1", "R1", clock_.now(), std::nullopt, "tweet.write offline.access"});
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->access_token, "A2");
  EXPECT_EQ(fresh->refresh_token, "R2");
  EXPECT_EQ(client_.sent[0].body, "refresh_token=R1&grant_type=refresh_token&client_id=client-1");
  // A spent refresh token: reconnect.
  client_.answer(
      400,
      R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})");
  auto spent = c.refresh({"A1", "R1", clock_.now(), std::nullopt, ""});
  ASSERT_FALSE(spent);
  EXPECT_EQ(spent.failure().kind, FailureClass::kNeedsReconnect);
}

TEST_F(ConnectorTest, XPublishReadsTheTweetId) {
  XConnector c(settings(Network::kX), client_, clock_);
  client_.answer(201, R"({"data":{"id":"1346889436626259968","text":"Hi https://t.co/x"}})");
  auto published =
      c.publish({"Q0Mz", "2244994945", "XDevelopers", 1}, {"Hi https://a.b/c", {}, {}});
  ASSERT_TRUE(published);
  EXPECT_EQ(published->post_id, "1346889436626259968");
  EXPECT_EQ(published->post_url, "https://x.com/XDevelopers/status/1346889436626259968");
}

TEST_F(ConnectorTest, FacebookConnectPicksAPageTheUserCanPostTo) {
  FacebookConnector c(settings(Network::kFacebook), client_, clock_);
  auto pages = R"({"data":[
      {"id":"111","name":"Read Only","access_token":"P1","tasks":["ANALYZE"]},
      {"id":"222","name":"Example Inc.","access_token":"P2","tasks":["ANALYZE","CREATE_CONTENT"]},
      {"id":"333","name":"Other","access_token":"P3","tasks":["CREATE_CONTENT"]}]})";
  for (int i = 0; i < 2; ++i) {
    client_.answer(200, R"({"access_token":"short","token_type":"bearer","expires_in":3600})");
    client_.answer(200, R"({"access_token":"long","token_type":"bearer","expires_in":5183944})");
    client_.answer(200, pages);
  }
  auto first = c.exchange_code({"c0de", "https://pv.example/cb", "", {}});
  ASSERT_TRUE(first) << first.failure().reason;
  EXPECT_EQ(first->identity.external_id, "222");
  EXPECT_EQ(first->identity.display_name, "Example Inc.");
  EXPECT_EQ(first->tokens.access_token, "P2");
  EXPECT_EQ(first->tokens.expires_at, std::nullopt);  // a Page token from a long-lived one
  EXPECT_EQ(*client_.sent[1].headers.get("Accept"), "application/json");
  EXPECT_NE(client_.sent[1].url.find("fb_exchange_token=short"), std::string::npos);
  EXPECT_EQ(*client_.sent[2].headers.get("Authorization"), "Bearer long");
  auto chosen = c.exchange_code({"c0de", "https://pv.example/cb", "", "333"});
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->identity.external_id, "333");

  client_.answer(200, R"({"access_token":"short","expires_in":3600})");
  client_.answer(200, R"({"access_token":"long","expires_in":5183944})");
  client_.answer(200, pages);
  auto read_only = c.exchange_code({"c0de", "https://pv.example/cb", "", "111"});
  ASSERT_FALSE(read_only);
  EXPECT_EQ(read_only.failure().code, "no_page");
}

TEST_F(ConnectorTest, FacebookHasNoRefreshAndPublishesToThePage) {
  FacebookConnector c(settings(Network::kFacebook), client_, clock_);
  auto refreshed = c.refresh({"P2", std::nullopt, std::nullopt, std::nullopt, ""});
  ASSERT_FALSE(refreshed);
  EXPECT_EQ(refreshed.failure().kind, FailureClass::kNeedsReconnect);
  client_.answer(200, R"({"id":"222_1116689038356557"})");
  auto published = c.publish({"P2", "222", "222", 1}, {"Hello", "https://a.example/", {}});
  ASSERT_TRUE(published);
  EXPECT_EQ(published->post_id, "222_1116689038356557");
  EXPECT_EQ(published->post_url, "https://www.facebook.com/222_1116689038356557");
}

TEST_F(ConnectorTest, ATimeoutAfterSendingAPostIsAnUnknownOutcome) {
  XConnector x(settings(Network::kX), client_, clock_);
  client_.fail(Stage::kUnknown);
  auto sent = x.publish({"Q0Mz", "1", "u", 1}, {"Hi", {}, {}});
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.failure().kind, FailureClass::kUnknownOutcome);
  client_.fail(Stage::kNotSent);
  auto not_sent = x.publish({"Q0Mz", "1", "u", 1}, {"Hi", {}, {}});
  ASSERT_FALSE(not_sent);
  EXPECT_EQ(not_sent.failure().kind, FailureClass::kTransient);
  // A token exchange that timed out after sending may simply be asked again.
  LinkedInConnector li(settings(Network::kLinkedIn), client_, clock_);
  client_.fail(Stage::kUnknown);
  auto exchange = li.exchange_code({"AQT", "https://pv.example/cb", "", {}});
  ASSERT_FALSE(exchange);
  EXPECT_EQ(exchange.failure().kind, FailureClass::kTransient);
}

TEST_F(ConnectorTest, ANetworkErrorOnPublishIsClassified) {
  FacebookConnector c(settings(Network::kFacebook), client_, clock_);
  client_.answer(
      400,
      R"({"error":{"message":"(#506) Duplicate status message","type":"OAuthException","code":506}})");
  auto dup = c.publish({"P2", "222", "222", 1}, {"Hello", {}, {}});
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.failure().kind, FailureClass::kRejected);
  EXPECT_EQ(dup.failure().reason, "(#506) Duplicate status message");
  EXPECT_EQ(dup.failure().http_status, 400);
}

}  // namespace
}  // namespace pv::testing
