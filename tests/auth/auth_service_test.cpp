#include "auth/auth_service.h"

#include "auth/auth_fixture.h"

namespace pv::auth {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

class AuthServiceTest : public AuthFixture {};

TEST_F(AuthServiceTest, SignsInWithTheRightPasswordOnly) {
  add_user("ana@example.com");
  auto ok = auth_.login("Ana@Example.com ", "correct horse battery", "10.0.0.1", "");
  ASSERT_TRUE(ok) << ok.error().message();
  EXPECT_EQ(ok->user.email, "ana@example.com");
  EXPECT_FALSE(ok->session_token.empty());
  EXPECT_FALSE(ok->csrf_token.empty());
  auto principal = auth_.authenticate_session(ok->session_token);
  ASSERT_TRUE(principal);
  EXPECT_EQ(principal->csrf_token, ok->csrf_token);

  auto bad = auth_.login("ana@example.com", "wrong password!!", "10.0.0.1", "");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), "invalid_credentials");
}

TEST_F(AuthServiceTest, UnknownEmailGetsTheSameReply) {
  auto bad = auth_.login("nobody@example.com", "correct horse battery", "10.0.0.1", "");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), "invalid_credentials");
  EXPECT_EQ(bad.error().kind(), ErrorKind::kUnauthorized);
}

TEST_F(AuthServiceTest, RepeatedFailuresAreThrottledWhetherOrNotTheEmailExists) {
  add_user("ana@example.com");
  for (const char* email : {"ana@example.com", "nobody@example.com"}) {
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(auth_.login(email, "wrong password!!", "10.0.0.2", "").error().code(),
                "invalid_credentials");
    }
    auto locked = auth_.login(email, "correct horse battery", "10.0.0.2", "");
    ASSERT_FALSE(locked) << email;
    EXPECT_EQ(locked.error().kind(), ErrorKind::kThrottled);
    EXPECT_GT(locked.error().retry_after(), 0);
    EXPECT_LE(locked.error().retry_after(), 15 * 60);
  }
  clock_.advance(minutes(16));
  EXPECT_TRUE(auth_.login("ana@example.com", "correct horse battery", "10.0.0.2", ""));
}

TEST_F(AuthServiceTest, SignInRotatesTheSession) {
  add_user("ana@example.com");
  auto first = auth_.login("ana@example.com", "correct horse battery", "a", "").value();
  auto second =
      auth_.login("ana@example.com", "correct horse battery", "a", first.session_token).value();
  EXPECT_NE(first.session_token, second.session_token);
  EXPECT_FALSE(auth_.authenticate_session(first.session_token));
  EXPECT_TRUE(auth_.authenticate_session(second.session_token));
}

TEST_F(AuthServiceTest, SessionsExpireWhenIdleAndEndAtLogout) {
  add_user("ana@example.com");
  auto login = auth_.login("ana@example.com", "correct horse battery", "a", "").value();
  clock_.advance(minutes(90));
  ASSERT_TRUE(auth_.authenticate_session(login.session_token));  // touched: idle restarts
  clock_.advance(minutes(90));
  auto principal = auth_.authenticate_session(login.session_token);
  ASSERT_TRUE(principal);
  clock_.advance(minutes(121));
  EXPECT_FALSE(auth_.authenticate_session(login.session_token));

  auto again = auth_.login("ana@example.com", "correct horse battery", "a", "").value();
  auth_.logout(*auth_.authenticate_session(again.session_token));
  EXPECT_FALSE(auth_.authenticate_session(again.session_token));
}

TEST_F(AuthServiceTest, SessionsEndAfterTheAbsoluteTimeoutEvenWhenActive) {
  add_user("ana@example.com");
  auto login = auth_.login("ana@example.com", "correct horse battery", "a", "").value();
  for (int i = 0; i < 11; ++i) {
    clock_.advance(minutes(60));
    ASSERT_TRUE(auth_.authenticate_session(login.session_token)) << i;
  }
  clock_.advance(minutes(61));
  EXPECT_FALSE(auth_.authenticate_session(login.session_token));
}

TEST_F(AuthServiceTest, BearerTokensAreShownOnceAndStoredHashed) {
  auto ana = add_user("ana@example.com");
  auto principal = auth_.authenticate_session(
      auth_.login("ana@example.com", "correct horse battery", "a", "").value().session_token);
  auto token = auth_.create_token(*principal, "ci").value();
  auto via_token = auth_.authenticate_bearer(token.token);
  ASSERT_TRUE(via_token);
  EXPECT_EQ(via_token->user.id, ana.id);
  EXPECT_EQ(via_token->method, AuthMethod::kBearer);
  auto stored = db_.read_value([&](store::Tx& tx) { return tx.tokens().find(token.id); });
  EXPECT_EQ(stored->token_hash, crypto::sha256_hex(token.token));
  EXPECT_EQ(stored->token_hash.find(token.token), std::string::npos);
  EXPECT_FALSE(auth_.authenticate_bearer(token.token + "x"));
}

TEST_F(AuthServiceTest, OnlyTheOwnerOrAnAdminRevokesAToken) {
  add_user("ana@example.com");
  add_user("bo@example.com");
  add_user("root@example.com", {"admin"});
  auto as = [&](const char* email) {
    return *auth_.authenticate_session(
        auth_.login(email, "correct horse battery", "a", "").value().session_token);
  };
  auto ana = as("ana@example.com");
  auto t1 = auth_.create_token(ana, "one").value();
  auto t2 = auth_.create_token(ana, "two").value();
  EXPECT_EQ(auth_.revoke_token(as("bo@example.com"), t1.id).error().kind(), ErrorKind::kNotFound);
  EXPECT_TRUE(auth_.authenticate_bearer(t1.token));
  EXPECT_TRUE(auth_.revoke_token(ana, t1.id));
  EXPECT_FALSE(auth_.authenticate_bearer(t1.token));
  EXPECT_TRUE(auth_.revoke_token(as("root@example.com"), t2.id));
  EXPECT_FALSE(auth_.authenticate_bearer(t2.token));
}

TEST_F(AuthServiceTest, SignInsAndOutsAreAudited) {
  add_user("ana@example.com");
  auto login = auth_.login("ana@example.com", "correct horse battery", "a", "").value();
  auth_.logout(*auth_.authenticate_session(login.session_token));
  std::vector<std::string> actions;
  db_.read([&](store::Tx& tx) {
    tx.audit().scan([&](const store::AuditRow& r) { actions.push_back(r.action); });
  });
  EXPECT_EQ(actions, (std::vector<std::string>{"user.create", "auth.login", "auth.logout"}));
  EXPECT_TRUE(audit_.verify(db_).ok);
}

}  // namespace
}  // namespace pv::auth
