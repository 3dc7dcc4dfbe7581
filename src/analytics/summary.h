// The analytics summary (API.md, "Links and analytics"): rows
// {key, shares, clicks, unique_clicks} grouped by content, advisor, network,
// group or the firm's local day. `shares` counts the shares published in the
// period, `clicks` the people's clicks on tracked links in it (bots apart),
// `unique_clicks` the distinct readers among them (as far as the day's salt
// lets them be told apart: visitor.h). An advisor in several groups counts in
// each; one in no group is in no group row.
//
// Pure aggregation over the store's facts: a SummaryBuilder is used by one
// thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/links.h"
#include "util/time_zone.h"

namespace pv::analytics {

enum class GroupBy { kContent, kAdvisor, kNetwork, kGroup, kDay };

// "content", "advisor", "network", "group", "day".
std::optional<GroupBy> parse_group_by(std::string_view name);
std::string_view to_string(GroupBy by);

struct SummaryRow {
  std::string key;
  std::int64_t shares = 0;
  std::int64_t clicks = 0;
  std::int64_t unique_clicks = 0;
};

class SummaryBuilder {
 public:
  // `groups_of` gives a user's group ids (used for kGroup only).
  SummaryBuilder(GroupBy by, TimeZone zone,
                 std::function<std::vector<std::string>(const std::string&)> groups_of);

  void add(const store::PublishedFact& fact);
  void add(const store::ClickFact& fact);

  // Ordered by key (days, ids and names all sort sensibly as text).
  std::vector<SummaryRow> rows() const;

 private:
  std::vector<std::string> keys(const std::string& user_id, const std::string& content_id,
                                const std::string& network, TimePoint at);

  struct Tally {
    std::int64_t shares = 0;
    std::int64_t clicks = 0;
    std::set<std::string> visitors;
  };
  GroupBy by_;
  TimeZone zone_;
  std::function<std::vector<std::string>(const std::string&)> groups_of_;
  std::map<std::string, std::vector<std::string>> group_cache_;
  std::map<std::string, Tally> tallies_;
};

}  // namespace pv::analytics
