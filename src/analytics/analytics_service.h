// The analytics summaries (API.md: GET /api/v1/analytics/summary and
// export.csv): shares published and clicks in a period, grouped by content,
// advisor, network, group or local day (summary.h), for everyone or for one
// advisor's own shares.
//
// Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/summary.h"
#include "store/database.h"
#include "util/time_zone.h"

namespace pv::analytics {

struct SummaryRequest {
  GroupBy by = GroupBy::kContent;
  TimePoint from;                      // inclusive
  TimePoint to;                        // exclusive
  std::optional<std::string> user_id;  // only this advisor's shares
};

class AnalyticsService {
 public:
  AnalyticsService(store::Database& db, TimeZone zone);

  std::vector<SummaryRow> summary(const SummaryRequest& request);

 private:
  store::Database& db_;
  TimeZone zone_;
};

// The rows as CSV (RFC 4180): a header "key,shares,clicks,unique_clicks",
// CRLF line ends, fields quoted when they need it, and a leading ' on a key
// a spreadsheet would read as a formula.
std::string to_csv(const std::vector<SummaryRow>& rows);

}  // namespace pv::analytics
