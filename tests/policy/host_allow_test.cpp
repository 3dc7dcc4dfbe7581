#include "policy/host_allow.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pv::policy {
namespace {

std::vector<HostPattern> patterns(std::initializer_list<const char*> texts) {
  std::vector<HostPattern> out;
  for (const char* t : texts)
    out.push_back(parse_host_pattern(t).value());
  return out;
}

TEST(HostPatternTest, Parses) {
  EXPECT_EQ(parse_host_pattern("laurentide.example").value(),
            (HostPattern{"laurentide.example", false}));
  EXPECT_EQ(parse_host_pattern("*.laurentide.example").value(),
            (HostPattern{"laurentide.example", true}));
  EXPECT_EQ(parse_host_pattern("Laurentide.Example.").value(),
            (HostPattern{"laurentide.example", false}));
}

TEST(HostPatternTest, RefusesMalformedPatterns) {
  for (const char* bad :
       {"", "*.", "*", "a.*.example", "*example.com", "**.example", "ex ample.com", "example.com/x",
        "example.com:80", "jo@example.com", ".example.com", "example..com", "example.com.."}) {
    const auto r = parse_host_pattern(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code(), "invalid_host_pattern") << bad;
  }
}

struct Case {
  const char* host;
  bool allowed;
};

TEST(HostAllowTest, ExactHostAndSubdomainPatterns) {
  const auto p = patterns({"laurentide.example", "*.partner.example"});
  const std::vector<Case> cases = {
      {"laurentide.example", true},       // exact
      {"www.laurentide.example", false},  // "host" allows no subdomain
      {"partner.example", false},         // "*.host" does not allow host itself
      {"docs.partner.example", true},     // a subdomain
      {"a.b.partner.example", true},      // any depth
      {"evilpartner.example", false},     // a suffix that is no subdomain
      {"partner.example.evil.example", false},
      {"laurentide.example.evil", false},
      {"", false},  // an unreadable host never passes
  };
  for (const auto& c : cases)
    EXPECT_EQ(host_allowed(c.host, p), c.allowed) << c.host;
}

TEST(HostAllowTest, PlatformHostIsAlwaysAllowedForLinksOnly) {
  const auto p = patterns({"laurentide.example"});
  const std::string platform = "go.portevoix.example";
  EXPECT_TRUE(link_allowed("go.portevoix.example", p, platform));
  EXPECT_FALSE(link_allowed("x.go.portevoix.example", p, platform));  // exactly that host
  EXPECT_FALSE(link_allowed("portevoix.example", p, platform));
  EXPECT_TRUE(link_allowed("laurentide.example", p, platform));
  EXPECT_FALSE(link_allowed("evil.example", p, platform));
  EXPECT_FALSE(link_allowed("", p, ""));  // no platform host configured
  EXPECT_FALSE(link_allowed("go.portevoix.example", p, ""));
  EXPECT_FALSE(email_domain_allowed("go.portevoix.example", p));
}

TEST(HostAllowTest, EmailDomainsCompareAsHosts) {
  const auto p = patterns({"laurentide.example", "*.laurentide.example"});
  EXPECT_TRUE(email_domain_allowed("laurentide.example", p));
  EXPECT_TRUE(email_domain_allowed("Mail.Laurentide.Example", p));
  EXPECT_FALSE(email_domain_allowed("hotmail.com", p));
}

}  // namespace
}  // namespace pv::policy
