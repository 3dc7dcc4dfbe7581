#include "policy/url.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "policy/detector_test_util.h"

namespace pv::policy {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::pair<std::string, std::string>> found;  // URL, host
};

class UrlTest : public ::testing::TestWithParam<Case> {};

TEST_P(UrlTest, FindsUrlsAndHosts) {
  const auto& c = GetParam();
  const std::string_view text = c.text;
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& m : find_urls(text)) {
    got.emplace_back(text.substr(m.span.begin, m.span.end - m.span.begin), m.host);
  }
  EXPECT_EQ(got, c.found) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Links, UrlTest,
    ::testing::Values(
        Case{"Https",
             "read it here: https://laurentide.example/perspectives-2026",
             {{"https://laurentide.example/perspectives-2026", "laurentide.example"}}},
        Case{"Http", "http://example.com", {{"http://example.com", "example.com"}}},
        Case{
            "Www", "see www.example.com/page today", {{"www.example.com/page", "www.example.com"}}},
        Case{"ClosingPunctuation",
             "(see https://example.com/a).",
             {{"https://example.com/a", "example.com"}}},
        Case{"AllClosingPunctuation",
             "https://example.com/a.,;:!?)]}'",
             {{"https://example.com/a", "example.com"}}},
        Case{"PunctuationInside",
             "https://example.com/a.b?c=d;e",
             {{"https://example.com/a.b?c=d;e", "example.com"}}},
        Case{"EndsAtAngleBracket",
             "<https://example.com/x>",
             {{"https://example.com/x", "example.com"}}},
        Case{"EndsAtQuote", "\"https://example.com\"", {{"https://example.com", "example.com"}}},
        Case{"EndsAtNoBreakSpace",
             "https://example.com\u00A0next",
             {{"https://example.com", "example.com"}}},
        Case{"Port", "https://example.com:8443/x", {{"https://example.com:8443/x", "example.com"}}},
        Case{"UserInfo",
             "https://laurentide.example@evil.example/x",
             {{"https://laurentide.example@evil.example/x", "evil.example"}}},
        Case{"UserInfoWithPassword",
             "https://me:secret@example.com",
             {{"https://me:secret@example.com", "example.com"}}},
        Case{"LastAtIsTheHost",
             "https://a@b@evil.example/",
             {{"https://a@b@evil.example/", "evil.example"}}},
        Case{"BackslashEndsAuthority",
             "https://evil.example\\@laurentide.example",
             {{"https://evil.example\\@laurentide.example", "evil.example"}}},
        Case{"TrailingDot", "https://example.com./x", {{"https://example.com./x", "example.com"}}},
        Case{"TrailingDotAtEnd", "https://example.com.", {{"https://example.com", "example.com"}}},
        Case{"UpperCase",
             "HTTPS://WWW.Example.COM/A",
             {{"HTTPS://WWW.Example.COM/A", "www.example.com"}}},
        Case{"PercentEscapes",
             "https://ex%61mple.com/",
             {{"https://ex%61mple.com/", "example.com"}}},
        Case{"NonAsciiHost", "https://пример.рф/", {{"https://пример.рф/", "пример.рф"}}},
        Case{"Ipv4", "http://192.168.0.1:80/", {{"http://192.168.0.1:80/", "192.168.0.1"}}},
        Case{"Ipv6", "http://[::1]:80/", {{"http://[::1]:80/", "::1"}}},
        Case{"UnreadableHostIsEmpty", "https://exa{mple.com/", {{"https://exa{mple.com/", ""}}},
        Case{"BadEscapeIsEmpty", "https://exa%zzmple.com", {{"https://exa%zzmple.com", ""}}},
        Case{
            "GluedToAWord", "voirhttps://evil.example", {{"https://evil.example", "evil.example"}}},
        Case{"Two",
             "https://a.example and www.b.example.",
             {{"https://a.example", "a.example"}, {"www.b.example", "www.b.example"}}},
        Case{"UrlInQuery",
             "https://a.example/?u=http://b.example",
             {{"https://a.example/?u=http://b.example", "a.example"}}},
        Case{"BarePrefix", "http:// and www. alone", {}},
        Case{"BareDomain", "laurentide.example/x and example.com", {}},
        Case{"FtpIsNotALink", "ftp://example.com", {}}),
    testing::case_name<Case>);

TEST(UrlHostTest, NormalisesHosts) {
  EXPECT_EQ(url_host("https://Portail.Laurentide.Example:8443/app"), "portail.laurentide.example");
  EXPECT_EQ(url_host("www.example.com"), "www.example.com");
  EXPECT_EQ(url_host("http://example.com?x"), "example.com");
  EXPECT_EQ(url_host("http://example.com#x"), "example.com");
  EXPECT_EQ(url_host("mailto:jo@example.com"), "");
  EXPECT_EQ(url_host("http://"), "");
  EXPECT_EQ(url_host("http://exa mple.com"), "");
}

TEST(UrlHostTest, NormalizeHost) {
  EXPECT_EQ(normalize_host("Example.COM."), "example.com");
  EXPECT_EQ(normalize_host("example.com.."), "example.com.");
  EXPECT_EQ(normalize_host(""), "");
}

}  // namespace
}  // namespace pv::policy
