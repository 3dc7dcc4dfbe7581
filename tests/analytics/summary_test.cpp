#include "analytics/summary.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv::analytics {
namespace {

TimePoint at(const char* text) {
  return *parse_time(text);
}

std::vector<SummaryRow> summarise(GroupBy by) {
  std::map<std::string, std::vector<std::string>> groups = {
      {"ana", {"montreal", "quebec"}}, {"ben", {"toronto"}}, {"cy", {}}};
  SummaryBuilder b(by, TimeZone::load("America/Toronto").value(),
                   [&](const std::string& user) { return groups[user]; });
  b.add(store::PublishedFact{"s1", "ana", "c1", "linkedin", at("2026-11-20T15:00:00Z")});
  b.add(store::PublishedFact{"s2", "ben", "c1", "x",
                             at("2026-11-21T03:00:00Z")});  // 22:00 on the 20th
  b.add(store::PublishedFact{"s3", "cy", "c2", "linkedin", at("2026-11-21T06:00:00Z")});
  // Two clicks by one reader and one by another on ana's share; one on ben's.
  b.add(store::ClickFact{"s1", "ana", "c1", "linkedin", at("2026-11-20T16:00:00Z"), "v1"});
  b.add(store::ClickFact{"s1", "ana", "c1", "linkedin", at("2026-11-20T16:05:00Z"), "v1"});
  b.add(store::ClickFact{"s1", "ana", "c1", "linkedin", at("2026-11-21T12:00:00Z"), "v2"});
  b.add(store::ClickFact{"s2", "ben", "c1", "x", at("2026-11-21T04:00:00Z"), "v1"});
  return b.rows();
}

std::string dump(const std::vector<SummaryRow>& rows) {
  std::string out;
  for (const auto& r : rows) {
    out += r.key + ":" + std::to_string(r.shares) + "/" + std::to_string(r.clicks) + "/" +
           std::to_string(r.unique_clicks) + " ";
  }
  return out;
}

TEST(Summary, GroupsEveryWay) {
  EXPECT_EQ(dump(summarise(GroupBy::kContent)), "c1:2/4/2 c2:1/0/0 ");
  EXPECT_EQ(dump(summarise(GroupBy::kAdvisor)), "ana:1/3/2 ben:1/1/1 cy:1/0/0 ");
  EXPECT_EQ(dump(summarise(GroupBy::kNetwork)), "linkedin:2/3/2 x:1/1/1 ");
  // An advisor in two groups counts in both; one in none is in no row.
  EXPECT_EQ(dump(summarise(GroupBy::kGroup)), "montreal:1/3/2 quebec:1/3/2 toronto:1/1/1 ");
  // Local days in Toronto: 03:00Z and 04:00Z on the 21st are still the 20th there.
  EXPECT_EQ(dump(summarise(GroupBy::kDay)), "2026-11-20:2/3/1 2026-11-21:1/1/1 ");
}

TEST(Summary, ParsesItsKeys) {
  for (auto by :
       {GroupBy::kContent, GroupBy::kAdvisor, GroupBy::kNetwork, GroupBy::kGroup, GroupBy::kDay}) {
    EXPECT_EQ(parse_group_by(to_string(by)), by);
  }
  EXPECT_FALSE(parse_group_by("week"));
  EXPECT_FALSE(parse_group_by("Content"));
}

}  // namespace
}  // namespace pv::analytics
