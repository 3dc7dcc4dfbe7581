// GET /api/v1/analytics/summary and GET /api/v1/analytics/export.csv.
#include "api/handlers.h"
#include "util/time.h"

namespace pv::api {
namespace {

constexpr auto kDefaultPeriod = std::chrono::days(30);

// ?from=&to=&by= : RFC 3339 times (default: the last 30 days) and the key.
analytics::SummaryRequest summary_request(Context& ctx) {
  FieldErrors errors;
  analytics::SummaryRequest r;
  const TimePoint now = ctx.services.clock.now();
  r.to = now;
  r.from = now - kDefaultPeriod;
  if (auto to = ctx.request.query_param("to")) {
    if (auto t = parse_time(*to))
      r.to = *t;
    else
      errors.add("to", "must be an RFC 3339 time");
  }
  if (auto from = ctx.request.query_param("from")) {
    if (auto t = parse_time(*from))
      r.from = *t;
    else
      errors.add("from", "must be an RFC 3339 time");
  }
  if (r.from > r.to) errors.add("from", "must not be after to");
  if (auto by = ctx.request.query_param("by")) {
    if (auto key = analytics::parse_group_by(*by))
      r.by = *key;
    else
      errors.add("by", "must be content, advisor, network, group or day");
  }
  if (!errors.empty()) throw errors.error();
  // Advisors see their own shares; marketing, compliance and admins all.
  const auto& roles = ctx.user().user.roles;
  if (!roles.intersects({auth::Role::kMarketing, auth::Role::kCompliance, auth::Role::kAdmin})) {
    r.user_id = ctx.user().user.id;
  }
  return r;
}

}  // namespace

http::Response analytics_summary(Context& ctx) {
  auto request = summary_request(ctx);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : ctx.services.analytics.summary(request)) {
    items.push_back({{"key", row.key},
                     {"shares", row.shares},
                     {"clicks", row.clicks},
                     {"unique_clicks", row.unique_clicks}});
  }
  return http::Response::json(200, {{"items", items},
                                    {"next_cursor", nullptr},
                                    {"by", analytics::to_string(request.by)},
                                    {"from", format_time(request.from)},
                                    {"to", format_time(request.to)}});
}

http::Response analytics_export(Context& ctx) {
  auto request = summary_request(ctx);
  auto response = http::Response::text(
      200, analytics::to_csv(ctx.services.analytics.summary(request)), "text/csv; charset=utf-8");
  response.headers.set("Content-Disposition", "attachment; filename=\"portevoix-" +
                                                  std::string(analytics::to_string(request.by)) +
                                                  ".csv\"");
  return response;
}

}  // namespace pv::api
