#include "auth/user_service.h"

#include "auth/auth_fixture.h"

namespace pv::auth {
namespace {

class UserServiceTest : public AuthFixture {};

NewUser valid_user() {
  NewUser u;
  u.email = "ana@example.com";
  u.name = "Ana Tremblay";
  u.password = "twelve chars";
  u.roles = {"advisor"};
  u.function = "advisor";
  u.region = "QC";
  u.language = "fr-CA";
  u.tags = {"registered"};
  return u;
}

TEST_F(UserServiceTest, CreatesAUserWithEveryField) {
  auto group = users_.create_group("system", "Montréal", "Island branches").value();
  auto in = valid_user();
  in.groups = {group.id};
  auto u = users_.create_user("system", in).value();
  EXPECT_EQ(u.email, "ana@example.com");
  EXPECT_TRUE(u.roles.has(Role::kAdvisor));
  EXPECT_EQ(u.groups, std::vector<std::string>{group.id});
  EXPECT_EQ(users_.get_user(u.id).value().language, "fr-CA");
}

TEST_F(UserServiceTest, RefusesInvalidFieldsNamingEachOne) {
  struct Case {
    void (*change)(NewUser&);
    const char* field;
  } cases[] = {
      {[](NewUser& u) { u.email = "not-an-email"; }, "email"},
      {[](NewUser& u) { u.name = ""; }, "name"},
      {[](NewUser& u) { u.password = "elevenchars"; }, "password"},
      {[](NewUser& u) { u.password = "ééééééééééé"; }, "password"},  // 11 code points, 22 bytes
      {[](NewUser& u) { u.roles = {}; }, "roles"},
      {[](NewUser& u) {
         u.roles = {"advisor", "king"};
       },
       "roles"},
      {[](NewUser& u) { u.function = "has space"; }, "function"},
      {[](NewUser& u) { u.language = "French"; }, "language"},
      {[](NewUser& u) { u.tags = {""}; }, "tags"},
      {[](NewUser& u) { u.groups = {"no-such-group"}; }, "groups"},
  };
  for (const auto& c : cases) {
    auto in = valid_user();
    c.change(in);
    auto r = users_.create_user("system", in);
    ASSERT_FALSE(r) << c.field;
    EXPECT_EQ(r.error().kind(), ErrorKind::kInvalid) << c.field;
    EXPECT_TRUE(r.error().details()["fields"].contains(c.field)) << r.error().details().dump();
  }
  EXPECT_EQ(users_.list_users(std::nullopt, 50).users.size(), 0u);
}

TEST_F(UserServiceTest, TwelveCodePointsIsLongEnough) {
  auto in = valid_user();
  in.password = "éééééééééééé";
  EXPECT_TRUE(users_.create_user("system", in));
}

TEST_F(UserServiceTest, EmailsAreUniqueIgnoringCase) {
  EXPECT_TRUE(users_.create_user("system", valid_user()));
  auto in = valid_user();
  in.email = "ANA@example.com";
  auto r = users_.create_user("system", in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), "email_taken");
}

TEST_F(UserServiceTest, DeactivationEndsSessionsAndTokensAtOnce) {
  auto u = users_.create_user("system", valid_user()).value();
  auto login = auth_.login(u.email, "twelve chars", "a", "").value();
  auto principal = *auth_.authenticate_session(login.session_token);
  auto token = auth_.create_token(principal, "ci").value();
  UserPatch patch;
  patch.active = false;
  auto updated = users_.update_user("admin", u.id, patch).value();
  EXPECT_FALSE(updated.active);
  EXPECT_FALSE(auth_.authenticate_session(login.session_token));
  EXPECT_FALSE(auth_.authenticate_bearer(token.token));
  EXPECT_FALSE(auth_.login(u.email, "twelve chars", "a", ""));
}

TEST_F(UserServiceTest, PatchChangesOnlyWhatIsGiven) {
  auto u = users_.create_user("system", valid_user()).value();
  UserPatch patch;
  patch.roles = std::vector<std::string>{"advisor", "marketing"};
  patch.region = "ON";
  auto updated = users_.update_user("admin", u.id, patch).value();
  EXPECT_TRUE(updated.roles.has(Role::kMarketing));
  EXPECT_EQ(updated.region, "ON");
  EXPECT_EQ(updated.language, "fr-CA");
  EXPECT_EQ(updated.name, "Ana Tremblay");
  UserPatch bad;
  bad.groups = std::vector<std::string>{"nope"};
  EXPECT_EQ(users_.update_user("admin", u.id, bad).error().kind(), ErrorKind::kInvalid);
  EXPECT_EQ(users_.update_user("admin", "missing", patch).error().kind(), ErrorKind::kNotFound);
}

TEST_F(UserServiceTest, GroupNamesAreUnique) {
  EXPECT_TRUE(users_.create_group("system", "Toronto", ""));
  EXPECT_EQ(users_.create_group("system", "Toronto", "").error().code(), "name_taken");
  EXPECT_EQ(users_.list_groups().size(), 1u);
}

TEST_F(UserServiceTest, ListsPageByPage) {
  for (int i = 0; i < 5; ++i) {
    auto in = valid_user();
    in.email = "u" + std::to_string(i) + "@example.com";
    ASSERT_TRUE(users_.create_user("system", in));
  }
  auto first = users_.list_users(std::nullopt, 3);
  ASSERT_EQ(first.users.size(), 3u);
  ASSERT_TRUE(first.next_after);
  auto second = users_.list_users(first.next_after, 3);
  EXPECT_EQ(second.users.size(), 2u);
  EXPECT_FALSE(second.next_after);
}

}  // namespace
}  // namespace pv::auth
