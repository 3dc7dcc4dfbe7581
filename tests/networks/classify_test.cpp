// Each network's error responses, classified (networks.md, 1.9, 2.6-2.7, 3.6).
#include "networks/classify.h"

#include <gtest/gtest.h>

#include "networks/failure.h"
#include "util/time.h"

namespace pv::testing {
namespace {

using namespace pv::networks;

const TimePoint kNow = from_unix_seconds(1795187045);

http::ClientResponse response(int status, std::string body, http::Headers headers = {}) {
  return {status, std::move(headers), std::move(body)};
}

struct Case {
  int status;
  const char* body;
  FailureClass kind;
  const char* code;
};

TEST(ClassifyLinkedIn, Table) {
  const Case cases[] = {
      {401,
       R"({"status":401,"serviceErrorCode":65600,"code":"EXPIRED_ACCESS_TOKEN","message":"The token used in the request has expired"})",
       FailureClass::kNeedsReconnect, "EXPIRED_ACCESS_TOKEN"},
      {401, R"({"message":"Empty oauth2_access_token","serviceErrorCode":401,"status":401})",
       FailureClass::kNeedsReconnect, "401"},
      {403,
       R"({"status":403,"serviceErrorCode":100,"code":"ACCESS_DENIED","message":"Not enough permissions"})",
       FailureClass::kNeedsReconnect, "ACCESS_DENIED"},
      {422,
       R"({"message":"duplicate","errorDetails":{"inputErrors":[{"description":"Duplicate post is detected","input":{},"code":"DUPLICATE_POST"}]},"status":422})",
       FailureClass::kRejected, "DUPLICATE_POST"},
      {426,
       R"({"status":426,"code":"NONEXISTENT_VERSION","message":"Requested version 20240101 is not active"})",
       FailureClass::kRejected, "NONEXISTENT_VERSION"},
      {429, "", FailureClass::kRateLimited, ""},
      {503, R"({"status":503,"message":"Service Unavailable"})", FailureClass::kTransient, ""},
      {500, "<html>oops</html>", FailureClass::kTransient, ""},
      {400, R"({"status":400,"message":"Bad"})", FailureClass::kRejected, ""},
  };
  for (const auto& c : cases) {
    auto f = classify_linkedin(response(c.status, c.body), kNow);
    EXPECT_EQ(f.kind, c.kind) << c.status << " " << c.body;
    EXPECT_EQ(f.code, c.code) << c.body;
    EXPECT_EQ(f.http_status, c.status);
  }
  auto duplicate = classify_linkedin(response(422, cases[3].body), kNow);
  EXPECT_EQ(duplicate.reason, "duplicate");
  // LinkedIn documents no retry time; a Retry-After, when sent, is honoured.
  EXPECT_EQ(classify_linkedin(response(429, ""), kNow).retry_at, std::nullopt);
  EXPECT_EQ(classify_linkedin(response(429, "", {{"Retry-After", "120"}}), kNow).retry_at,
            kNow + std::chrono::seconds(120));
}

TEST(ClassifyX, Table) {
  const Case cases[] = {
      {401, R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})",
       FailureClass::kNeedsReconnect, ""},
      {403,
       R"({"title":"Unsupported Authentication","detail":"OAuth 2.0 Application-Only is forbidden","type":"https://api.twitter.com/2/problems/unsupported-authentication","status":403})",
       FailureClass::kNeedsReconnect, "unsupported-authentication"},
      {403,
       R"({"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403})",
       FailureClass::kRejected, "duplicate"},
      {403,
       R"({"title":"Client Forbidden","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden","detail":"enrol","status":403})",
       FailureClass::kRejected, "client-forbidden"},
      {400,
       R"({"errors":[{"parameters":{"text":[""]},"message":"text is required"}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"})",
       FailureClass::kRejected, "invalid-request"},
      {429, R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})",
       FailureClass::kRateLimited, "88"},
      {429,
       R"({"title":"Usage cap exceeded","type":"https://api.twitter.com/2/problems/usage-capped","status":429})",
       FailureClass::kRejected, "usage-capped"},
      {503, R"({"title":"Service Unavailable","type":"about:blank","status":503})",
       FailureClass::kTransient, ""},
  };
  for (const auto& c : cases) {
    auto f = classify_x(response(c.status, c.body), kNow);
    EXPECT_EQ(f.kind, c.kind) << c.body;
    EXPECT_EQ(f.code, c.code) << c.body;
  }
}

TEST(ClassifyX, RetryTimeIsTheResetOfTheSpentWindow) {
  const long long reset = 1795187945;  // 15 minutes on
  auto f = classify_x(response(429, "{}",
                               {{"x-rate-limit-limit", "100"},
                                {"x-rate-limit-remaining", "0"},
                                {"x-rate-limit-reset", std::to_string(reset)}}),
                      kNow);
  EXPECT_EQ(f.retry_at, from_unix_seconds(reset));
  // The daily user cap spent while the 15-minute window is not: the later reset.
  auto daily = classify_x(response(429, "{}",
                                   {{"x-rate-limit-remaining", "57"},
                                    {"x-rate-limit-reset", std::to_string(reset)},
                                    {"x-user-limit-24hour-remaining", "0"},
                                    {"x-user-limit-24hour-reset", "1795260000"}}),
                          kNow);
  EXPECT_EQ(daily.retry_at, from_unix_seconds(1795260000));
}

TEST(ClassifyFacebook, Table) {
  const Case cases[] = {
      {400,
       R"({"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463}})",
       FailureClass::kNeedsReconnect, "190/463"},
      {400, R"({"error":{"message":"session","type":"OAuthException","code":102}})",
       FailureClass::kNeedsReconnect, "102"},
      {403,
       R"({"error":{"message":"(#200) This endpoint is deprecated since the required permission publish_actions is deprecated","type":"OAuthException","code":200}})",
       FailureClass::kNeedsReconnect, "200"},
      {400, R"({"error":{"message":"(#4) Application request limit reached","code":4}})",
       FailureClass::kRateLimited, "4"},
      {400, R"({"error":{"message":"(#80001) too many calls","code":80001}})",
       FailureClass::kRateLimited, "80001"},
      {500, R"({"error":{"message":"An unknown error occurred","code":1}})",
       FailureClass::kTransient, "1"},
      {400, R"({"error":{"message":"weird","code":9007,"is_transient":true}})",
       FailureClass::kTransient, "9007"},
      {400, R"({"error":{"message":"(#506) Duplicate status message","code":506}})",
       FailureClass::kRejected, "506"},
      {400, R"({"error":{"message":"blocked","code":368}})", FailureClass::kRejected, "368"},
      {502, "Bad Gateway", FailureClass::kTransient, ""},
  };
  for (const auto& c : cases) {
    auto f = classify_facebook(response(c.status, c.body), kNow);
    EXPECT_EQ(f.kind, c.kind) << c.body;
    EXPECT_EQ(f.code, c.code) << c.body;
  }
  auto limited = classify_facebook(
      response(
          400, R"({"error":{"message":"(#32) Page request limit reached","code":32}})",
          {{"X-Business-Use-Case-Usage",
            R"({"546349135390552":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":17}]})"}}),
      kNow);
  EXPECT_EQ(limited.kind, FailureClass::kRateLimited);
  EXPECT_EQ(limited.retry_at, kNow + std::chrono::minutes(17));
  EXPECT_EQ(limited.reason, "(#32) Page request limit reached");
}

TEST(ClassifyTokenEndpoint, SpentOrBadGrantsNeedAReconnect) {
  auto rotated = classify_token_error(
      response(
          400,
          R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})"),
      kNow);
  EXPECT_EQ(rotated.kind, FailureClass::kNeedsReconnect);
  EXPECT_EQ(rotated.code, "invalid_request");
  EXPECT_EQ(rotated.reason, "Value passed for the token was invalid.");
  EXPECT_EQ(classify_token_error(response(400, R"({"error":"invalid_grant"})"), kNow).kind,
            FailureClass::kNeedsReconnect);
  // The app's own credentials refused: configuration, not the member's doing.
  EXPECT_EQ(
      classify_token_error(
          response(
              401,
              R"({"error":"unauthorized_client","error_description":"Missing valid authorization header"})"),
          kNow)
          .kind,
      FailureClass::kRejected);
  EXPECT_EQ(classify_token_error(response(503, ""), kNow).kind, FailureClass::kTransient);
  // Facebook's token endpoint speaks Graph errors.
  EXPECT_EQ(
      classify_token_error(response(400, R"({"error":{"message":"bad code","code":100}})"), kNow)
          .kind,
      FailureClass::kRejected);
}

TEST(Classify, OddBodiesAreReadWithoutThrowing) {
  for (const char* body : {R"({"error":{"code":"190","is_transient":"yes"}})", R"({"error":[1,2]})",
                           R"([1,2,3])", R"("text")", R"({"errors":"none","type":7})",
                           R"({"errorDetails":{"inputErrors":{"code":1}}})", ""}) {
    for (int status : {400, 401, 429, 500}) {
      http::ClientResponse r{
          status,
          {{"X-Business-Use-Case-Usage", R"({"1":[{"estimated_time_to_regain_access":"x"}]})"},
           {"x-rate-limit-reset", "soon"}},
          body};
      EXPECT_NO_THROW(classify_linkedin(r, kNow)) << body;
      EXPECT_NO_THROW(classify_x(r, kNow)) << body;
      EXPECT_NO_THROW(classify_facebook(r, kNow)) << body;
      EXPECT_NO_THROW(classify_token_error(r, kNow)) << body;
    }
  }
}

TEST(TransportFailures, OnlyACreateThatWasSentHasAnUnknownOutcome) {
  http::TransportError before{http::TransportError::Stage::kNotSent, "refused"};
  http::TransportError after{http::TransportError::Stage::kUnknown, "timed out"};
  EXPECT_EQ(transport_failure(before, true).kind, FailureClass::kTransient);
  EXPECT_EQ(transport_failure(after, true).kind, FailureClass::kUnknownOutcome);
  EXPECT_EQ(transport_failure(after, false).kind, FailureClass::kTransient);
  EXPECT_EQ(to_string(FailureClass::kUnknownOutcome), "unknown_outcome");
}

}  // namespace
}  // namespace pv::testing
