#include "sharing/tracked_link.h"

#include <set>

#include <gtest/gtest.h>

namespace pv::sharing {
namespace {

using policy::Network;

TEST(TrackedLink, CodesAreShortUrlSafeAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    auto code = new_link_code();
    EXPECT_EQ(code.size(), 12u);
    EXPECT_TRUE(is_link_code(code)) << code;
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(TrackedLink, RecognisesOnlyCodes) {
  for (const char* text : {"", "abc", "abcdefghijk", "abcdefghijklm", "abcdefghij/k",
                           "abcdefghij.k", "abcdéfghijk", "../../etc/pa"}) {
    EXPECT_FALSE(is_link_code(text)) << text;
  }
  EXPECT_TRUE(is_link_code("AZaz09-_AZaz"));
}

TEST(TrackedLink, UrlOnThePublicAddress) {
  EXPECT_EQ(tracked_link_url("https://share.example.com", "AbC123xyz-_0"),
            "https://share.example.com/l/AbC123xyz-_0");
  EXPECT_EQ(tracked_link_url("https://share.example.com/", "c"), "https://share.example.com/l/c");
  EXPECT_EQ(tracked_link_url("http://127.0.0.1:8080//", "c"), "http://127.0.0.1:8080/l/c");
}

TEST(TrackedLink, AddsUtmTagsToAnyUrl) {
  struct Case {
    const char* target;
    Network network;
    const char* expected;
  } cases[] = {
      {"https://example.com", Network::kLinkedIn,
       "https://example.com?utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=C1"},
      {"https://example.com/rates/", Network::kX,
       "https://example.com/rates/?utm_source=x&utm_medium=employee_advocacy&utm_campaign=C1"},
      // An existing query keeps its parameters, in order.
      {"https://example.com/a?lang=fr&b=2", Network::kFacebook,
       "https://example.com/a?lang=fr&b=2&utm_source=facebook&utm_medium=employee_advocacy&"
       "utm_campaign=C1"},
      // The fragment stays last.
      {"https://example.com/a?x=1#section-2", Network::kLinkedIn,
       "https://example.com/a?x=1&utm_source=linkedin&utm_medium=employee_advocacy&"
       "utm_campaign=C1#section-2"},
      {"https://example.com/a#top", Network::kX,
       "https://example.com/a?utm_source=x&utm_medium=employee_advocacy&utm_campaign=C1#top"},
      // Tags the URL already had are replaced, not doubled.
      {"https://example.com/?utm_source=newsletter&utm_campaign=old&id=7", Network::kLinkedIn,
       "https://example.com/?utm_source=linkedin&utm_campaign=C1&id=7&"
       "utm_medium=employee_advocacy"},
      // Escapes already in the URL are kept as they are.
      {"https://example.com/caf%C3%A9?q=a%26b", Network::kX,
       "https://example.com/caf%C3%A9?q=a%26b&utm_source=x&utm_medium=employee_advocacy&"
       "utm_campaign=C1"},
      // An empty query.
      {"http://example.com/?", Network::kX,
       "http://example.com/?utm_source=x&utm_medium=employee_advocacy&utm_campaign=C1"},
      {"https://example.com:8443/p", Network::kFacebook,
       "https://example.com:8443/p?utm_source=facebook&utm_medium=employee_advocacy&"
       "utm_campaign=C1"},
  };
  for (const auto& c : cases) {
    auto out = with_utm(c.target, c.network, "C1");
    ASSERT_TRUE(out.ok()) << c.target;
    EXPECT_EQ(*out, c.expected) << c.target;
  }
}

TEST(TrackedLink, TheContentIdIsEscaped) {
  // '=' may stand in a query value: only the first one of a parameter splits it.
  auto out = with_utm("https://example.com/", Network::kX, "a b&c=d#e");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out,
            "https://example.com/?utm_source=x&utm_medium=employee_advocacy&"
            "utm_campaign=a%20b%26c=d%23e");
}

TEST(TrackedLink, RefusesWhatCannotBeARedirectTarget) {
  for (const char* target :
       {"", "example.com/a", "/relative/path", "javascript:alert(1)", "ftp://example.com/file",
        "mailto:a@example.com", "https://", "https:///nohost", "http://exa mple.com/"}) {
    auto out = with_utm(target, Network::kLinkedIn, "C1");
    ASSERT_FALSE(out.ok()) << target;
    EXPECT_EQ(out.error().code(), "invalid_url") << target;
  }
}

}  // namespace
}  // namespace pv::sharing
