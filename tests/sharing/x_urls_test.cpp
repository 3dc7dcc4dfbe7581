// The URLs X counts, from twitter-text's conformance cases (extract.yml),
// restated with UTF-16 indices.
#include "sharing/x_urls.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sharing/utf16.h"

namespace pv::sharing::x_text {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> urls;  // as UTF-8, for readable failures
};

std::string utf8(std::u16string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = code_point_at(s, i);
    const char32_t c = cp.value;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    i += cp.units;
  }
  return out;
}

std::vector<std::string> urls_of(const std::string& text) {
  const auto t = to_nfc_utf16(text);
  std::vector<std::string> out;
  for (const auto& e : extract_urls(t))
    out.push_back(utf8(std::u16string_view(t).substr(e.begin, e.length)));
  return out;
}

class XUrlsTest : public ::testing::TestWithParam<Case> {};

TEST_P(XUrlsTest, Extracts) {
  const auto& c = GetParam();
  EXPECT_EQ(urls_of(c.text), c.urls) << c.text;
}

std::string name(const ::testing::TestParamInfo<Case>& p) {
  return p.param.name;
}

INSTANTIATE_TEST_SUITE_P(
    Conformance, XUrlsTest,
    ::testing::Values(
        Case{"Scheme", "text http://google.com", {"http://google.com"}},
        Case{"Port", "text http://somehost.com:3000", {"http://somehost.com:3000"}},
        Case{"PathAndQuery",
             "https://example.com/path/to/resource?search=foo&lang=en",
             {"https://example.com/path/to/resource?search=foo&lang=en"}},
        Case{"BalancedParens",
             "text http://en.wikipedia.org/wiki/Primer_(film) x",
             {"http://en.wikipedia.org/wiki/Primer_(film)"}},
        Case{"TrailingPeriods",
             "Test http://example.com/path..........",
             {"http://example.com/path"}},
        Case{"TrailingPeriodAfterSlash", "test http://twitter.com/.", {"http://twitter.com/"}},
        Case{"QueryThenFragment", "text http://foo.com?#foo text", {"http://foo.com?#foo"}},
        Case{"Subdomains",
             "http://www.andersondaradio.no.comunidades.net/ test",
             {"http://www.andersondaradio.no.comunidades.net/"}},
        Case{"UnderscoreInSubdomain",
             "test http://sub_domain-dash.twitter.com",
             {"http://sub_domain-dash.twitter.com"}},
        Case{"UnderscoreInDomainName", "test http://twitter_underscore.com", {}},
        Case{"LeadingDash", "test http://-leadingdash.twitter.com", {}},
        Case{"TrailingDash", "test http://trailingdash-.twitter.com", {}},
        Case{"NoTld", "text http://no-tld", {}},
        Case{"OneLetterTld", "text http://tld-too-short.x", {}},
        Case{"BareGenericDomains",
             "foo.com foo.net foo.org foo.edu foo.gov",
             {"foo.com", "foo.net", "foo.org", "foo.edu", "foo.gov"}},
        Case{"BareDomainsNeedAListedTld",
             "foo.baz foo.co.jp www.xxxxxxx.baz www.foo.co.uk wwwww.xxxxxxx foo.comm "
             "foo.somecom foo.govedu foo.jp",
             {"foo.co.jp", "www.foo.co.uk", "foo.jp"}},
        Case{"BareShortDomains",
             "MLB.tv vine.co twitch.tv t.co it.so",
             {"MLB.tv", "vine.co", "twitch.tv", "t.co", "it.so"}},
        Case{"BareWithPath", "t.co/abcde bit.ly/abcde", {"t.co/abcde", "bit.ly/abcde"}},
        Case{"BareLatinDomain", "test ELPAÍS.com", {"ELPAÍS.com"}},
        Case{"BareAroundCjk",
             "twitter.comこれは。example.com"
             "中国語t.co/abcde",
             {"twitter.com", "example.com", "t.co/abcde"}},
        Case{"BareUnicodeTld",
             "example.comてすtwitter.みんな"
             "です",
             {"example.com", "twitter.みんな"}},
        Case{"SchemeSeparatedBySpace", "@user Try http:// example.com/path", {"example.com/path"}},
        Case{"NotAfterDollarHashOrAt",
             "$http://twitter.com $twitter.com #test.com @test.com #http://test.com @t.co/abcde",
             {}},
        Case{"BareNotAfterDashUnderscoreDotOrSlash", "-foo.com _foo.com .foo.com x/foo.com", {}},
        Case{"SchemeAfterDash", "-http://foo.com", {"http://foo.com"}},
        Case{"NotAFileName", "long.test.tar.bz2 test.tar.bz2 tar.bz2", {}},
        Case{"NotBeforeAt", "john.doe.gov@mail.com john.doe.jp@mail.com", {}},
        Case{"TcoEndsAfterSlug",
             "http://t.co/pbY2NfTZ's http://t.co/ulYGBYSo: http://t.co/8t7G3ddS#a "
             "http://t.co/FNkPfmii-",
             {"http://t.co/pbY2NfTZ", "http://t.co/ulYGBYSo", "http://t.co/8t7G3ddS",
              "http://t.co/FNkPfmii"}},
        Case{"TcoKeepsQuery",
             "text https://t.co/UqIyJAJTfo?amp=1",
             {"https://t.co/UqIyJAJTfo?amp=1"}},
        Case{"TcoSlugTooLong",
             "I really like http://t.co/abcdefghijklmnopqrstuvwxyz012345678901234",
             {}},
        Case{"Punycode", "test http://xn--ls8h.XN--ls8h.la/", {"http://xn--ls8h.XN--ls8h.la/"}},
        Case{"BadPunycode", "Hello http://xn--はじめ.com/index.html", {}},
        Case{"UnicodeTlds",
             "test http://foobar.みんな/ http://foobar."
             "中国/",
             {"http://foobar.みんな/", "http://foobar.中国/"}},
        Case{"DirectionalMarks",
             "\u2066\u202Atest abcdef.com http://twitter.com/\u202C\u2069",
             {"abcdef.com", "http://twitter.com/"}}),
    name);

TEST(XUrlsTest, IndicesAreUtf16Units) {
  // "皆さん見てください！ http://google.com": the URL starts at unit 11.
  const auto t = to_nfc_utf16(
      "皆さん見てくだ"
      "さい！ http://google.com");
  EXPECT_EQ(extract_urls(t), (std::vector<Entity>{{11, 17}}));
}

TEST(XUrlsTest, LabelsLongerThan63InPunycodeAreNoHost) {
  const std::string ok(63, 'a');
  const std::string too_long(64, 'a');
  EXPECT_EQ(urls_of("https://" + ok + ".com/foo"),
            (std::vector<std::string>{"https://" + ok + ".com/foo"}));
  EXPECT_EQ(urls_of("https://" + too_long + ".com/foo"), (std::vector<std::string>{}));
  EXPECT_EQ(urls_of(too_long + ".com"), (std::vector<std::string>{}));
  // Fifty-two kana are 63 characters once in Punycode (with "xn--"); one more is 64.
  std::string kana;
  for (int i = 0; i < 5; ++i)
    kana += "あいうえおかきくけこ";
  EXPECT_EQ(urls_of("http://" + kana + "あい.com"),
            (std::vector<std::string>{"http://" + kana + "あい.com"}));
  EXPECT_EQ(urls_of("http://" + kana + "あいう.com"), (std::vector<std::string>{}));
}

}  // namespace
}  // namespace pv::sharing::x_text
