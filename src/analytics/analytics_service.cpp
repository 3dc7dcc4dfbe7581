#include "analytics/analytics_service.h"

namespace pv::analytics {
namespace {

std::string csv_field(const std::string& value) {
  std::string v = value;
  // A cell starting like a formula is text, not something to run.
  if (!v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r')) {
    v.insert(v.begin(), '\'');
  }
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

AnalyticsService::AnalyticsService(store::Database& db, TimeZone zone)
    : db_(db), zone_(std::move(zone)) {}

std::vector<SummaryRow> AnalyticsService::summary(const SummaryRequest& request) {
  std::vector<SummaryRow> rows;
  db_.read([&](store::Tx& tx) {
    SummaryBuilder builder(request.by, zone_, [&tx](const std::string& user_id) {
      auto user = tx.users().find(user_id);
      return user ? user->groups : std::vector<std::string>{};
    });
    tx.links().scan_published(request.from, request.to, request.user_id,
                              [&](const store::PublishedFact& f) { builder.add(f); });
    tx.links().scan_clicks(request.from, request.to, request.user_id,
                           [&](const store::ClickFact& f) { builder.add(f); });
    rows = builder.rows();
  });
  return rows;
}

std::string to_csv(const std::vector<SummaryRow>& rows) {
  std::string out = "key,shares,clicks,unique_clicks\r\n";
  for (const auto& r : rows) {
    out += csv_field(r.key) + "," + std::to_string(r.shares) + "," + std::to_string(r.clicks) +
           "," + std::to_string(r.unique_clicks) + "\r\n";
  }
  return out;
}

}  // namespace pv::analytics
