// The outbound client over real sockets: what it sends, and how far a failed
// request got (not sent, or sent with no answer).
#include "http/beast_client.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <gtest/gtest.h>

#include "support/standin_process.h"
#include "support/temp_dir.h"

namespace pv::testing {
namespace {

using Stage = http::TransportError::Stage;

class BeastClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { standin_ = new StandinProcess(dir_.path()); }
  static void TearDownTestSuite() { delete standin_; }
  void SetUp() override { standin_->reset(); }

  http::ClientResult get(const std::string& url, http::ClientOptions options = {}) {
    http::ClientRequest r;
    r.url = url;
    return http::make_beast_client(options)->send(r);
  }

  static inline TempDir dir_;
  static inline StandinProcess* standin_ = nullptr;
};

TEST_F(BeastClientTest, PlainHttpToLoopback) {
  auto client = http::make_beast_client();
  http::ClientRequest r;
  r.method = "POST";
  r.url = standin_->url() + "/2/tweets?x=1";
  r.headers.set("Authorization", "Bearer nothing");
  r.headers.set("Content-Type", "application/json");
  r.body = R"({"text":"hi"})";
  auto result = client->send(r);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result.response().status, 401);  // the stand-in does not know the token
  EXPECT_NE(result.response().body.find("Unauthorized"), std::string::npos);
  auto seen = standin_->requests("x");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0]["target"], "/2/tweets?x=1");
  EXPECT_EQ(seen[0]["body"], R"({"text":"hi"})");
  EXPECT_EQ(seen[0]["headers"]["authorization"], "Bearer nothing");
  EXPECT_EQ(seen[0]["headers"]["host"], standin_->address());
  EXPECT_EQ(seen[0]["headers"]["content-length"], "13");
}

TEST_F(BeastClientTest, RefusedConnectionWasNotSent) {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::acceptor probe(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
  auto port = probe.local_endpoint().port();
  probe.close();  // nothing listens there now
  auto result = get("http://127.0.0.1:" + std::to_string(port) + "/x");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().stage, Stage::kNotSent);
}

TEST_F(BeastClientTest, PlainHttpElsewhereAndBadUrlsAreRefusedBeforeSending) {
  auto outside = get("http://api.linkedin.com/rest/posts?token=abc");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().stage, Stage::kNotSent);
  EXPECT_NE(outside.error().message.find("loopback"), std::string::npos);
  EXPECT_EQ(outside.error().message.find("token=abc"), std::string::npos);  // no query in logs
  for (const char* bad : {"not a url", "ftp://127.0.0.1/x", "/relative"}) {
    auto r = get(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().stage, Stage::kNotSent) << bad;
  }
}

TEST_F(BeastClientTest, TlsToAPlainServerFailsTheHandshakeBeforeSending) {
  auto result = get("https://" + standin_->address() + "/healthz");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().stage, Stage::kNotSent);
  EXPECT_NE(result.error().message.find("TLS handshake"), std::string::npos);
  EXPECT_TRUE(standin_->requests().empty());
}

TEST_F(BeastClientTest, ADroppedConnectionAfterTheRequestIsAnUnknownOutcome) {
  standin_->fault("x", "drop");
  auto result = get(standin_->url() + "/2/users/me");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().stage, Stage::kUnknown);
  EXPECT_EQ(standin_->requests("x").size(), 1u);  // it did arrive
}

TEST_F(BeastClientTest, NoAnswerWithinTheTimeoutIsAnUnknownOutcome) {
  standin_->fault("x", "delay", {{"delay_ms", 1500}});
  http::ClientOptions quick;
  quick.request_timeout = std::chrono::milliseconds(300);
  auto started = std::chrono::steady_clock::now();
  auto result = get(standin_->url() + "/2/users/me", quick);
  auto took = std::chrono::steady_clock::now() - started;
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().stage, Stage::kUnknown);
  EXPECT_GE(took, std::chrono::milliseconds(300));
  EXPECT_LT(took, std::chrono::milliseconds(1400));
}

TEST_F(BeastClientTest, AResponseOverTheLimitIsNotTaken) {
  http::ClientOptions tiny;
  tiny.response_limit = 8;
  auto result = get(standin_->url() + "/_standin/requests", tiny);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().stage, Stage::kUnknown);
}

}  // namespace
}  // namespace pv::testing
