#include "analytics/summary.h"

#include "util/calendar.h"

namespace pv::analytics {

std::optional<GroupBy> parse_group_by(std::string_view name) {
  if (name == "content") return GroupBy::kContent;
  if (name == "advisor") return GroupBy::kAdvisor;
  if (name == "network") return GroupBy::kNetwork;
  if (name == "group") return GroupBy::kGroup;
  if (name == "day") return GroupBy::kDay;
  return std::nullopt;
}

std::string_view to_string(GroupBy by) {
  switch (by) {
    case GroupBy::kContent: return "content";
    case GroupBy::kAdvisor: return "advisor";
    case GroupBy::kNetwork: return "network";
    case GroupBy::kGroup: return "group";
    case GroupBy::kDay: return "day";
  }
  return "content";
}

SummaryBuilder::SummaryBuilder(
    GroupBy by, TimeZone zone,
    std::function<std::vector<std::string>(const std::string&)> groups_of)
    : by_(by), zone_(std::move(zone)), groups_of_(std::move(groups_of)) {}

std::vector<std::string> SummaryBuilder::keys(const std::string& user_id,
                                              const std::string& content_id,
                                              const std::string& network, TimePoint at) {
  switch (by_) {
    case GroupBy::kContent: return {content_id};
    case GroupBy::kAdvisor: return {user_id};
    case GroupBy::kNetwork: return {network};
    case GroupBy::kDay: return {local_date(zone_, at)};
    case GroupBy::kGroup: {
      auto it = group_cache_.find(user_id);
      if (it == group_cache_.end()) it = group_cache_.emplace(user_id, groups_of_(user_id)).first;
      return it->second;
    }
  }
  return {};
}

void SummaryBuilder::add(const store::PublishedFact& fact) {
  for (const auto& key : keys(fact.user_id, fact.content_id, fact.network, fact.published_at))
    ++tallies_[key].shares;
}

void SummaryBuilder::add(const store::ClickFact& fact) {
  for (const auto& key : keys(fact.user_id, fact.content_id, fact.network, fact.at)) {
    auto& t = tallies_[key];
    ++t.clicks;
    t.visitors.insert(fact.visitor);
  }
}

std::vector<SummaryRow> SummaryBuilder::rows() const {
  std::vector<SummaryRow> out;
  out.reserve(tallies_.size());
  for (const auto& [key, t] : tallies_) {
    out.push_back(
        SummaryRow{key, t.shares, t.clicks, static_cast<std::int64_t>(t.visitors.size())});
  }
  return out;
}

}  // namespace pv::analytics
