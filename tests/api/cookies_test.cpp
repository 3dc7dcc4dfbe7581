#include "api/cookies.h"

#include <gtest/gtest.h>

namespace pv::api {
namespace {

TEST(Cookies, FindsTheNamedCookieAmongOthers) {
  http::Request r;
  r.headers.add("Cookie", "theme=dark; pv_session=abc123 ; lang=fr");
  EXPECT_EQ(cookie(r, "pv_session"), "abc123");
  EXPECT_EQ(cookie(r, "lang"), "fr");
  EXPECT_FALSE(cookie(r, "pv"));
  http::Request two;
  two.headers.add("Cookie", "a=1");
  two.headers.add("Cookie", "pv_session=xyz");
  EXPECT_EQ(cookie(two, "pv_session"), "xyz");
}

TEST(Cookies, SessionCookieAttributes) {
  auto plain = session_cookie("v", 3600, false);
  EXPECT_EQ(plain, "pv_session=v; Path=/; Max-Age=3600; HttpOnly; SameSite=Strict");
  EXPECT_NE(session_cookie("v", 3600, true).find("; Secure"), std::string::npos);
  EXPECT_NE(expired_session_cookie(false).find("Max-Age=0"), std::string::npos);
}

}  // namespace
}  // namespace pv::api
