// GET /api/v1/audit, GET /api/v1/audit/verify.
#include <nlohmann/json.hpp>

#include "api/handlers.h"
#include "api/pagination.h"
#include "util/error.h"
#include "util/time.h"

namespace pv::api {
namespace {

// from/to as the log stores times (RFC 3339, milliseconds, UTC), so that they
// compare as text.
std::optional<std::string> time_param(const http::Request& request, const char* name,
                                      FieldErrors& errors) {
  auto value = request.query_param(name);
  if (!value || value->empty()) return std::nullopt;
  auto t = parse_time(*value);
  if (!t) {
    errors.add(name, "must be an RFC 3339 time, e.g. 2026-11-24T15:04:05Z");
    return std::nullopt;
  }
  return format_time(*t, true);
}

nlohmann::json entry_json(const store::AuditRow& r) {
  return {{"seq", r.seq},
          {"at", r.at},
          {"actor", r.actor},
          {"action", r.action},
          {"entity", r.entity},
          {"entity_id", r.entity_id},
          {"data", nlohmann::json::parse(r.data)},
          {"hash", r.hash},
          {"prev_hash", r.prev_hash}};
}

}  // namespace

http::Response list_audit(Context& ctx) {
  const auto& request = ctx.request;
  auto page = page_request(request);
  FieldErrors errors;
  store::AuditFilter filter;
  filter.entity = request.query_param("entity");
  filter.entity_id = request.query_param("entity_id");
  filter.from = time_param(request, "from", errors);
  filter.to = time_param(request, "to", errors);
  if (page.after) {
    try {
      filter.after_seq = std::stoll(*page.after);
    } catch (const std::exception&) {
      errors.add("cursor", "is not a cursor this server gave");
    }
  }
  if (!errors.empty()) throw errors.error();
  filter.limit = page.limit + 1;
  auto rows = ctx.services.db.read_value([&](store::Tx& tx) { return tx.audit().list(filter); });
  nlohmann::json items = nlohmann::json::array();
  std::optional<std::string> next;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (static_cast<int>(i) == page.limit) {
      next = std::to_string(rows[i - 1].seq);
      break;
    }
    items.push_back(entry_json(rows[i]));
  }
  return http::Response::json(200, page_json(std::move(items), next));
}

http::Response verify_audit(Context& ctx) {
  return http::Response::json(200, ctx.services.audit.verify(ctx.services.db).to_json());
}

}  // namespace pv::api
