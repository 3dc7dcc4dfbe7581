// Connected accounts over a real SQLite store: the OAuth state (single use, 10
// minutes, one network), sealed tokens, status, refresh serialised by the
// store, and what a refusal does.
#include "networks/account_service.h"

#include <future>

#include <gtest/gtest.h>

#include "auth/user_service.h"
#include "networks/fake_connector.h"
#include "networks/pkce.h"
#include "store/sqlite/sqlite_database.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"
#include "util/crypto.h"

namespace pv::testing {
namespace {

using namespace pv::networks;
using std::chrono::hours;
using std::chrono::seconds;

class AccountServiceTest : public ::testing::Test {
 protected:
  AccountServiceTest() {
    crypto::init();
    db_.migrate();
    auth::NewUser u;
    u.email = "advisor@test.example";
    u.name = "Advisor";
    u.password = "correct horse battery";
    u.roles = {"advisor"};
    user_ = users_.create_user("system", u).value().id;
    auto add = [&](Network n, bool pkce) {
      auto c = std::make_unique<FakeConnector>(n, pkce);
      auto* raw = c.get();
      registry_.add(std::move(c));
      return raw;
    };
    linkedin_ = add(Network::kLinkedIn, false);
    x_ = add(Network::kX, true);
  }

  // Connects `c` for the user with these tokens; returns the account.
  Account connect(FakeConnector& c, TokenSet tokens, Identity who) {
    c.connect_result = Connected{std::move(tokens), std::move(who)};
    auto url = service_.begin_connect(user_, c.network(), kRedirect).value();
    auto result = service_.finish_connect(c.network(), {state_of(url), "code-1", {}, {}}).value();
    EXPECT_TRUE(result.account) << (result.failure ? result.failure->reason : "");
    return *result.account;
  }
  Account connect_x(std::string access = "A1", std::string refresh = "R1") {
    return connect(
        *x_, {access, refresh, clock_.now() + hours(2), std::nullopt, "tweet.write offline.access"},
        {"2244994945", "AlexExample", "Alex Example"});
  }
  Account connect_linkedin(std::chrono::seconds life = seconds(5184000)) {
    return connect(*linkedin_,
                   {"AQV", std::nullopt, clock_.now() + life, std::nullopt, "w_member_social"},
                   {"782bbtaQ", "urn:li:person:782bbtaQ", "Alex Example"});
  }
  static std::string state_of(const std::string& url) { return url.substr(url.find("state=") + 6); }

  store::NetworkAccountRow row(const std::string& id) {
    return *db_.read_value([&](store::Tx& tx) { return tx.network_accounts().find(id); });
  }
  int audited(const std::string& action) {
    int n = 0;
    db_.read([&](store::Tx& tx) {
      tx.audit().scan([&](const store::AuditRow& r) { n += r.action == action; });
    });
    return n;
  }

  const std::string kRedirect = "https://pv.example/api/v1/networks/x/callback";
  TempDir dir_;
  FakeClock clock_;
  store::sqlite::SqliteDatabase db_{store::sqlite::SqliteOptions{dir_.file("pv.db")}};
  audit::FileCheckpoint checkpoint_{dir_.file("audit.checkpoint"), "k"};
  audit::AuditLog audit_{"k", clock_, checkpoint_};
  auth::UserService users_{db_, audit_, clock_};
  std::string key_ = crypto::random_bytes(32);
  ConnectorRegistry registry_;
  FakeConnector* linkedin_ = nullptr;
  FakeConnector* x_ = nullptr;
  AccountService service_{db_, audit_, clock_, registry_, TokenCipher(key_)};
  std::string user_;
};

TEST_F(AccountServiceTest, ConnectSendsAPkceChallengeAndExchangesWithItsVerifier) {
  connect_x();
  ASSERT_EQ(x_->authorized.size(), 1u);
  ASSERT_EQ(x_->exchanges.size(), 1u);
  const auto& asked = x_->authorized[0];
  const auto& exchange = x_->exchanges[0];
  EXPECT_EQ(asked.redirect_uri, kRedirect);
  EXPECT_EQ(exchange.redirect_uri, kRedirect);  // the same, from the state row
  EXPECT_EQ(exchange.code, "code-1");
  EXPECT_GE(exchange.code_verifier.size(), 43u);
  EXPECT_EQ(asked.code_challenge, code_challenge_s256(exchange.code_verifier));
  EXPECT_GE(asked.state.size(), 43u);
  EXPECT_EQ(audited("network.connect_start"), 1);
  EXPECT_EQ(audited("network.connect"), 1);
}

TEST_F(AccountServiceTest, AStateIsUsedOnce) {
  x_->connect_result = Connected{{"A1", "R1", {}, {}, ""}, {"1", "u", "U"}};
  auto state = state_of(service_.begin_connect(user_, Network::kX, kRedirect).value());
  ASSERT_TRUE(service_.finish_connect(Network::kX, {state, "code", {}, {}}));
  auto again = service_.finish_connect(Network::kX, {state, "code", {}, {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code(), "invalid_state");
  EXPECT_EQ(again.error().kind(), ErrorKind::kBadRequest);
  EXPECT_EQ(x_->exchanges.size(), 1u);
}

TEST_F(AccountServiceTest, AStateLastsTenMinutes) {
  x_->connect_result = Connected{{"A1", "R1", {}, {}, ""}, {"1", "u", "U"}};
  auto fresh = state_of(service_.begin_connect(user_, Network::kX, kRedirect).value());
  auto stale = state_of(service_.begin_connect(user_, Network::kX, kRedirect).value());
  clock_.advance(seconds(599));
  EXPECT_TRUE(service_.finish_connect(Network::kX, {fresh, "code", {}, {}}));
  clock_.advance(seconds(1));
  auto late = service_.finish_connect(Network::kX, {stale, "code", {}, {}});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code(), "invalid_state");
}

TEST_F(AccountServiceTest, AStateIsForItsNetworkAndUnknownStatesAreRefused) {
  auto state = state_of(service_.begin_connect(user_, Network::kX, kRedirect).value());
  EXPECT_FALSE(service_.finish_connect(Network::kLinkedIn, {state, "code", {}, {}}));
  // ... and was spent by the attempt.
  EXPECT_FALSE(service_.finish_connect(Network::kX, {state, "code", {}, {}}));
  EXPECT_FALSE(service_.finish_connect(Network::kX, {"made-up", "code", {}, {}}));
  EXPECT_FALSE(service_.finish_connect(Network::kX, {"", "code", {}, {}}));
  EXPECT_TRUE(x_->exchanges.empty());
}

TEST_F(AccountServiceTest, UnconfiguredNetworkCannotBeConnected) {
  auto r = service_.begin_connect(user_, Network::kFacebook, kRedirect);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), "network_not_configured");
}

TEST_F(AccountServiceTest, TheMemberRefusingIsRecordedAndSpendsTheState) {
  auto state = state_of(service_.begin_connect(user_, Network::kLinkedIn, kRedirect).value());
  auto r = service_
               .finish_connect(Network::kLinkedIn,
                               {state, {}, "user_cancelled_authorize", "The user cancelled"})
               .value();
  EXPECT_FALSE(r.account);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->code, "user_cancelled_authorize");
  EXPECT_EQ(r.user_id, user_);
  EXPECT_TRUE(linkedin_->exchanges.empty());
  EXPECT_EQ(audited("network.connect_failed"), 1);
  EXPECT_TRUE(service_.list(user_).empty());
}

TEST_F(AccountServiceTest, TokensAreSealedAtRest) {
  auto account = connect_x("ACCESS-PLAIN", "REFRESH-PLAIN");
  auto r = row(account.id);
  EXPECT_EQ(r.tokens.access_token.find("PLAIN"), std::string::npos);
  EXPECT_EQ(TokenCipher(key_).open(r.tokens.access_token), "ACCESS-PLAIN");
  EXPECT_EQ(TokenCipher(key_).open(*r.tokens.refresh_token), "REFRESH-PLAIN");
  // Nor in the audit log.
  db_.read([&](store::Tx& tx) {
    tx.audit().scan([&](const store::AuditRow& a) {
      EXPECT_EQ(a.data.find("PLAIN"), std::string::npos) << a.action;
    });
  });
}

TEST_F(AccountServiceTest, ConnectingAgainKeepsTheAccountAndClearsItsFlag) {
  auto first = connect_linkedin();
  service_.mark_needs_reconnect(first.id, "revoked");
  EXPECT_EQ(service_.find(first.id)->status, AccountStatus::kNeedsReconnect);
  auto second = connect_linkedin();
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(second.status, AccountStatus::kActive);
  EXPECT_EQ(service_.list(user_).size(), 1u);
}

TEST_F(AccountServiceTest, StatusFollowsTheDateToReconnectBy) {
  auto linkedin = connect_linkedin(seconds(5184000));  // 60 days
  EXPECT_EQ(linkedin.status, AccountStatus::kActive);
  EXPECT_EQ(linkedin.expires_at, clock_.now() + seconds(5184000));
  clock_.advance(hours(24 * 53) - seconds(1));
  EXPECT_EQ(service_.find(linkedin.id)->status, AccountStatus::kActive);
  clock_.advance(seconds(1));  // 7 days left
  EXPECT_EQ(service_.find(linkedin.id)->status, AccountStatus::kExpiring);
  clock_.advance(hours(24 * 7));
  EXPECT_EQ(service_.find(linkedin.id)->status, AccountStatus::kNeedsReconnect);
  // X refreshes itself: its two-hour access token says nothing of when to reconnect.
  auto x = connect_x();
  EXPECT_EQ(x.status, AccountStatus::kActive);
  EXPECT_EQ(x.expires_at, std::nullopt);
}

TEST_F(AccountServiceTest, AnExpiredTokenWithoutRefreshNeedsAReconnect) {
  auto account = connect_linkedin(seconds(3600));
  EXPECT_TRUE(service_.credentials(account.id));
  clock_.advance(seconds(3600));
  auto creds = service_.credentials(account.id);
  ASSERT_FALSE(creds);
  EXPECT_EQ(creds.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_TRUE(row(account.id).needs_reconnect);
  EXPECT_EQ(audited("network.needs_reconnect"), 1);
  EXPECT_EQ(linkedin_->refreshes, 0);
}

TEST_F(AccountServiceTest, AnExpiringXTokenIsRefreshedAndTheNewPairStoredFirst) {
  auto account = connect_x("A1", "R1");
  auto creds = service_.credentials(account.id);
  ASSERT_TRUE(creds);
  EXPECT_EQ(creds->access_token, "A1");
  EXPECT_EQ(x_->refreshes, 0);
  clock_.advance(hours(2) - seconds(599));  // within the 10-minute margin
  x_->refresh_result = TokenSet{"A2", "R2", clock_.now() + hours(2), std::nullopt, "tweet.write"};
  auto fresh = service_.credentials(account.id);
  ASSERT_TRUE(fresh) << fresh.failure().reason;
  EXPECT_EQ(fresh->access_token, "A2");
  EXPECT_EQ(x_->refreshes, 1);
  EXPECT_EQ(x_->refreshed_from, std::vector<std::string>{"R1"});
  auto stored = row(account.id);
  EXPECT_EQ(TokenCipher(key_).open(*stored.tokens.refresh_token), "R2");
  EXPECT_EQ(stored.token_version, fresh->token_version);
  EXPECT_EQ(stored.refresh_lease_until, std::nullopt);
  EXPECT_EQ(audited("network.token_refresh"), 1);
  // Fresh again: no refresh.
  EXPECT_EQ(service_.credentials(account.id)->access_token, "A2");
  EXPECT_EQ(x_->refreshes, 1);
}

// Two servers (two stores on one database file, two services) needing the same
// account's token at once: one network refresh, and both use its result.
TEST_F(AccountServiceTest, ConcurrentRefreshersSpendTheRefreshTokenOnce) {
  auto account = connect_x("A1", "R1");
  clock_.advance(hours(2));
  x_->refresh_delay = std::chrono::milliseconds(300);
  x_->refresh_result = TokenSet{"A2", "R2", clock_.now() + hours(2), std::nullopt, "tweet.write"};

  store::sqlite::SqliteDatabase other_db{store::sqlite::SqliteOptions{dir_.file("pv.db")}};
  AccountService other(other_db, audit_, clock_, registry_, TokenCipher(key_));
  auto a = std::async(std::launch::async, [&] { return service_.credentials(account.id); });
  auto b = std::async(std::launch::async, [&] { return other.credentials(account.id); });
  auto ra = a.get(), rb = b.get();
  ASSERT_TRUE(ra) << ra.failure().reason;
  ASSERT_TRUE(rb) << rb.failure().reason;
  EXPECT_EQ(x_->refreshes, 1);
  EXPECT_EQ(ra->access_token, "A2");
  EXPECT_EQ(rb->access_token, "A2");
  EXPECT_EQ(x_->refreshed_from, std::vector<std::string>{"R1"});
}

TEST_F(AccountServiceTest, ALeaseHeldElsewhereIsWaitedFor) {
  auto account = connect_x();
  clock_.advance(hours(2));
  auto version = row(account.id).token_version;
  // Another server claimed the refresh and has not finished.
  ASSERT_TRUE(db_.write_value([&](store::Tx& tx) {
    return tx.network_accounts().claim_refresh(account.id, version, clock_.now() + seconds(30),
                                               clock_.now());
  }));
  EXPECT_FALSE(db_.write_value([&](store::Tx& tx) {
    return tx.network_accounts().claim_refresh(account.id, version, clock_.now() + seconds(30),
                                               clock_.now());
  }));
  AccountOptions quick;
  quick.refresh_lease = seconds(1);
  AccountService waiting(db_, audit_, clock_, registry_, TokenCipher(key_), quick);
  auto busy = waiting.credentials(account.id);
  ASSERT_FALSE(busy);
  EXPECT_EQ(busy.failure().kind, FailureClass::kTransient);
  EXPECT_EQ(x_->refreshes, 0);
  // Once its lease has run out, the account can be refreshed again.
  clock_.advance(seconds(31));
  x_->refresh_result = TokenSet{"A2", "R2", clock_.now() + hours(2), std::nullopt, ""};
  EXPECT_EQ(waiting.credentials(account.id)->access_token, "A2");
}

TEST_F(AccountServiceTest, ARefusedRefreshNeedsAReconnect) {
  auto account = connect_x();
  clock_.advance(hours(2));
  x_->refresh_result = Failure{FailureClass::kNeedsReconnect,
                               "Value passed for the token was invalid.",
                               "invalid_request",
                               400,
                               {}};
  auto creds = service_.credentials(account.id);
  ASSERT_FALSE(creds);
  EXPECT_EQ(creds.failure().kind, FailureClass::kNeedsReconnect);
  auto r = row(account.id);
  EXPECT_TRUE(r.needs_reconnect);
  EXPECT_EQ(r.reconnect_reason, "Value passed for the token was invalid.");
  EXPECT_EQ(service_.list(user_)[0].status, AccountStatus::kNeedsReconnect);
  // Flagged: not even tried again.
  EXPECT_FALSE(service_.credentials(account.id));
  EXPECT_EQ(x_->refreshes, 1);
}

TEST_F(AccountServiceTest, ATransientRefreshFailureReleasesTheLease) {
  auto account = connect_x();
  clock_.advance(hours(2));
  x_->refresh_result = Failure{FailureClass::kTransient, "timeout", "no_response", 0, {}};
  EXPECT_EQ(service_.credentials(account.id).failure().kind, FailureClass::kTransient);
  auto r = row(account.id);
  EXPECT_FALSE(r.needs_reconnect);
  EXPECT_EQ(r.refresh_lease_until, std::nullopt);
}

TEST_F(AccountServiceTest, PublishRefreshesOnceWhenTheTokenIsRefused) {
  auto account = connect_x("A1", "R1");
  Failure refused{FailureClass::kNeedsReconnect, "Unauthorized", "", 401, {}};
  x_->publish_results = {refused, Published{"1346889436626259968", "https://x.com/u/status/1"}};
  x_->refresh_result = TokenSet{"A2", "R2", clock_.now() + hours(2), std::nullopt, ""};
  auto published = service_.publish(account.id, {"Hello", {}, {}});
  ASSERT_TRUE(published) << published.failure().reason;
  EXPECT_EQ(published->post_id, "1346889436626259968");
  EXPECT_EQ(x_->published_with, (std::vector<std::string>{"A1", "A2"}));
  EXPECT_FALSE(row(account.id).needs_reconnect);
}

TEST_F(AccountServiceTest, PublishRefusedWithoutRefreshFlagsTheAccount) {
  auto account = connect_linkedin();
  linkedin_->publish_results = {Failure{
      FailureClass::kNeedsReconnect, "Invalid access token", "INVALID_ACCESS_TOKEN", 401, {}}};
  auto published = service_.publish(account.id, {"Hello", {}, {}});
  ASSERT_FALSE(published);
  EXPECT_EQ(published.failure().kind, FailureClass::kNeedsReconnect);
  EXPECT_TRUE(row(account.id).needs_reconnect);
  EXPECT_EQ(row(account.id).reconnect_reason, "Invalid access token");
}

TEST_F(AccountServiceTest, OtherPublishFailuresLeaveTheAccountAlone) {
  auto account = connect_linkedin();
  linkedin_->publish_results = {Failure{FailureClass::kUnknownOutcome, "timed out", "", 0, {}}};
  auto published = service_.publish(account.id, {"Hello", {}, {}});
  ASSERT_FALSE(published);
  EXPECT_EQ(published.failure().kind, FailureClass::kUnknownOutcome);
  EXPECT_EQ(linkedin_->published_with.size(), 1u);  // never repeated
  EXPECT_FALSE(row(account.id).needs_reconnect);
}

TEST_F(AccountServiceTest, ATokenKeyChangeMeansReconnecting) {
  auto account = connect_linkedin();
  AccountService rekeyed(db_, audit_, clock_, registry_, TokenCipher(crypto::random_bytes(32)));
  auto creds = rekeyed.credentials(account.id);
  ASSERT_FALSE(creds);
  EXPECT_EQ(creds.failure().kind, FailureClass::kNeedsReconnect);
}

TEST_F(AccountServiceTest, OnlyTheOwnerDisconnectsAndTheTokensGo) {
  auto account = connect_linkedin();
  auto no = service_.disconnect("someone-else", account.id);
  ASSERT_FALSE(no);
  EXPECT_EQ(no.error().kind(), ErrorKind::kNotFound);
  ASSERT_TRUE(service_.disconnect(user_, account.id));
  EXPECT_FALSE(
      db_.read_value([&](store::Tx& tx) { return tx.network_accounts().find(account.id); }));
  EXPECT_EQ(audited("network.disconnect"), 1);
  EXPECT_FALSE(service_.disconnect(user_, account.id));
}

}  // namespace
}  // namespace pv::testing
