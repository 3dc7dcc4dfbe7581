// The requests each connector sends, exactly: method, URL, headers and body
// (networks.md, 1.2-1.4, 2.1-2.3, 3.2-3.4).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "networks/facebook_connector.h"
#include "networks/fake_client.h"
#include "networks/linkedin_connector.h"
#include "networks/x_connector.h"
#include "support/fake_clock.h"

namespace pv::testing {
namespace {

using namespace pv::networks;

NetworkSettings settings(Network network) {
  auto s = default_settings(network);
  s.client_id = "client-1";
  s.client_secret = "s3cret&=";
  return s;
}

std::string header(const http::ClientRequest& r, std::string_view name) {
  auto v = r.headers.get(name);
  return v ? std::string(*v) : "<absent>";
}

TEST(LinkedInRequests, AuthorizeUrlAsksForTheOpenIdAndPostingScopes) {
  FakeClient client;
  FakeClock clock;
  LinkedInConnector c(settings(Network::kLinkedIn), client, clock);
  EXPECT_EQ(c.authorize_url({"st4te", "https://pv.example/api/v1/networks/linkedin/callback", ""}),
            "https://www.linkedin.com/oauth/v2/authorization?response_type=code&client_id=client-1"
            "&redirect_uri=https%3A%2F%2Fpv.example%2Fapi%2Fv1%2Fnetworks%2Flinkedin%2Fcallback"
            "&state=st4te&scope=openid%20profile%20w_member_social");
  EXPECT_FALSE(c.uses_pkce());
}

TEST(LinkedInRequests, CodeExchangeIsAFormPostWithTheAppCredentials) {
  auto r = linkedin_token_request(settings(Network::kLinkedIn),
                                  {"AQT-code", "https://pv.example/cb", "", std::nullopt});
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://www.linkedin.com/oauth/v2/accessToken");
  EXPECT_EQ(header(r, "Content-Type"), "application/x-www-form-urlencoded");
  EXPECT_EQ(r.body,
            "grant_type=authorization_code&code=AQT-code&client_id=client-1"
            "&client_secret=s3cret%26%3D&redirect_uri=https%3A%2F%2Fpv.example%2Fcb");
}

TEST(LinkedInRequests, RefreshAndUserinfo) {
  auto s = settings(Network::kLinkedIn);
  auto refresh = linkedin_refresh_request(s, "AQX-refresh");
  EXPECT_EQ(refresh.body,
            "grant_type=refresh_token&refresh_token=AQX-refresh&client_id=client-1"
            "&client_secret=s3cret%26%3D");
  auto me = linkedin_userinfo_request(s, "AQV-token");
  EXPECT_EQ(me.method, "GET");
  EXPECT_EQ(me.url, "https://api.linkedin.com/v2/userinfo");
  EXPECT_EQ(header(me, "Authorization"), "Bearer AQV-token");
}

TEST(LinkedInRequests, TextPostHasThePostsApiShapeAndHeaders) {
  auto r = linkedin_post_request(settings(Network::kLinkedIn),
                                 {"AQV-token", "782bbtaQ", "urn:li:person:782bbtaQ", 1},
                                 {"Proud of our launch (details below) #engineering", {}, {}});
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://api.linkedin.com/rest/posts");
  EXPECT_EQ(header(r, "Authorization"), "Bearer AQV-token");
  EXPECT_EQ(header(r, "LinkedIn-Version"), "202601");
  EXPECT_EQ(header(r, "X-Restli-Protocol-Version"), "2.0.0");
  EXPECT_EQ(header(r, "Content-Type"), "application/json");
  EXPECT_EQ(nlohmann::json::parse(r.body), nlohmann::json::parse(R"({
    "author": "urn:li:person:782bbtaQ",
    "commentary": "Proud of our launch \\(details below\\) #engineering",
    "visibility": "PUBLIC",
    "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                     "thirdPartyDistributionChannels": []},
    "lifecycleState": "PUBLISHED",
    "isReshareDisabledByAuthor": false})"));
}

TEST(LinkedInRequests, LinkBecomesAnArticleWithATitle) {
  auto s = settings(Network::kLinkedIn);
  s.version = "202603";
  Credentials who{"t", "m", "urn:li:person:m", 1};
  auto titled = nlohmann::json::parse(
      linkedin_post_request(s, who, {"Read", "https://blog.example.com/q3?a=1", "Q3 report"}).body);
  EXPECT_EQ(titled["content"], nlohmann::json::parse(R"({"article": {
      "source": "https://blog.example.com/q3?a=1", "title": "Q3 report"}})"));
  // LinkedIn fetches nothing: without a title, the link's host stands in.
  auto untitled = nlohmann::json::parse(
      linkedin_post_request(s, who, {"Read", "https://blog.example.com/q3", {}}).body);
  EXPECT_EQ(untitled["content"]["article"]["title"], "blog.example.com");
  EXPECT_EQ(header(linkedin_post_request(s, who, {"x", {}, {}}), "LinkedIn-Version"), "202603");
}

TEST(XRequests, AuthorizeUrlCarriesThePkceChallengeAndOfflineAccess) {
  FakeClient client;
  FakeClock clock;
  XConnector c(settings(Network::kX), client, clock);
  EXPECT_TRUE(c.uses_pkce());
  EXPECT_EQ(c.authorize_url({"5c1d0e2f", "https://pv.example/cb",
                             "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"}),
            "https://x.com/i/oauth2/authorize?response_type=code&client_id=client-1"
            "&redirect_uri=https%3A%2F%2Fpv.example%2Fcb"
            "&scope=tweet.read%20tweet.write%20users.read%20offline.access&state=5c1d0e2f"
            "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            "&code_challenge_method=S256");
}

TEST(XRequests, TokenCallsUseBasicAuthAsAConfidentialClient) {
  auto s = settings(Network::kX);
  auto code = x_token_request(s, {"VGNibzFW", "https://pv.example/cb", "dBjftJeZ4CVP", {}});
  EXPECT_EQ(code.url, "https://api.x.com/2/oauth2/token");
  // base64("client-1:s3cret%26%3D"): each side form-encoded first (RFC 6749, 2.3.1).
  EXPECT_EQ(header(code, "Authorization"), "Basic Y2xpZW50LTE6czNjcmV0JTI2JTNE");
  EXPECT_EQ(code.body,
            "code=VGNibzFW&grant_type=authorization_code&client_id=client-1"
            "&redirect_uri=https%3A%2F%2Fpv.example%2Fcb&code_verifier=dBjftJeZ4CVP");
  auto refresh = x_refresh_request(s, "bWRWa3gz");
  EXPECT_EQ(refresh.body, "refresh_token=bWRWa3gz&grant_type=refresh_token&client_id=client-1");
  EXPECT_EQ(header(refresh, "Authorization"), "Basic Y2xpZW50LTE6czNjcmV0JTI2JTNE");
}

TEST(XRequests, TweetIsJustTheText) {
  auto r = x_post_request(settings(Network::kX), {"Q0Mz", "2244994945", "XDevelopers", 1},
                          {"We're hiring https://careers.example.com/p #hiring",
                           "https://careers.example.com/p", "Careers"});
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://api.x.com/2/tweets");
  EXPECT_EQ(header(r, "Authorization"), "Bearer Q0Mz");
  EXPECT_EQ(nlohmann::json::parse(r.body),
            nlohmann::json({{"text", "We're hiring https://careers.example.com/p #hiring"}}));
  EXPECT_EQ(x_me_request(settings(Network::kX), "Q0Mz").url, "https://api.x.com/2/users/me");
}

TEST(FacebookRequests, VersionedUrlsAndCommaSeparatedScopes) {
  FakeClient client;
  FakeClock clock;
  FacebookConnector c(settings(Network::kFacebook), client, clock);
  EXPECT_EQ(c.authorize_url({"st", "https://pv.example/cb", ""}),
            "https://www.facebook.com/v25.0/dialog/oauth?client_id=client-1"
            "&redirect_uri=https%3A%2F%2Fpv.example%2Fcb&state=st&response_type=code"
            "&scope=pages_show_list%2Cpages_manage_posts%2Cpages_read_engagement");
  auto s = settings(Network::kFacebook);
  EXPECT_EQ(facebook_token_request(s, {"c0de", "https://pv.example/cb", "", {}}).url,
            "https://graph.facebook.com/v25.0/oauth/access_token?client_id=client-1"
            "&redirect_uri=https%3A%2F%2Fpv.example%2Fcb&client_secret=s3cret%26%3D&code=c0de");
  EXPECT_EQ(facebook_long_lived_request(s, "EAAB-short").url,
            "https://graph.facebook.com/v25.0/oauth/access_token?grant_type=fb_exchange_token"
            "&client_id=client-1&client_secret=s3cret%26%3D&fb_exchange_token=EAAB-short");
  auto pages = facebook_pages_request(s, "EAAB-long");
  EXPECT_EQ(pages.url,
            "https://graph.facebook.com/v25.0/me/accounts?fields=id%2Cname%2Caccess_token%2Ctasks");
  EXPECT_EQ(header(pages, "Authorization"), "Bearer EAAB-long");
}

TEST(FacebookRequests, PagePostCarriesMessageLinkAndThePageToken) {
  auto s = settings(Network::kFacebook);
  s.version = "v26.0";
  auto r = facebook_post_request(s, {"EAAB-page", "546349135390552", "546349135390552", 1},
                                 {"Our Q3 report is out", "https://blog.example.com/q3", {}});
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://graph.facebook.com/v26.0/546349135390552/feed");
  EXPECT_EQ(header(r, "Authorization"), "Bearer EAAB-page");
  EXPECT_EQ(r.url.find("access_token"), std::string::npos);  // out of the URL, out of the logs
  EXPECT_EQ(nlohmann::json::parse(r.body), nlohmann::json({{"message", "Our Q3 report is out"},
                                                           {"link", "https://blog.example.com/q3"},
                                                           {"published", true}}));
}

TEST(Settings, VersionPlaceholderAndChecks) {
  auto s = settings(Network::kFacebook);
  EXPECT_EQ(s.resolve(s.auth_url), "https://www.facebook.com/v25.0/dialog/oauth");
  EXPECT_EQ(settings_problem(Network::kFacebook, s), std::nullopt);
  s.version = "25";
  EXPECT_EQ(settings_problem(Network::kFacebook, s), "version: must be vNN.0, e.g. v25.0");
  auto l = settings(Network::kLinkedIn);
  l.api_base = "http://api.linkedin.com";
  EXPECT_EQ(settings_problem(Network::kLinkedIn, l),
            "api_base: must be https:// (http:// only to a loopback address)");
  l.api_base = "http://127.0.0.1:9000";
  EXPECT_EQ(settings_problem(Network::kLinkedIn, l), std::nullopt);
  l.version = "202613";
  EXPECT_EQ(settings_problem(Network::kLinkedIn, l), "version: must be YYYYMM, e.g. 202601");
  auto x = settings(Network::kX);
  x.client_secret.clear();
  EXPECT_EQ(settings_problem(Network::kX, x), "client_id and client_secret: give both or neither");
}

}  // namespace
}  // namespace pv::testing
