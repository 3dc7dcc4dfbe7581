// GET /healthz, /readyz, /metrics and /api/v1/openapi.json.
#include "api/handlers.h"
#include "util/error.h"

namespace pv::api {

http::Response healthz(Context&) {
  return http::Response::json(200, {{"status", "ok"}});
}

http::Response readyz(Context& ctx) {
  auto& db = ctx.services.db;
  int version = db.schema_version();  // a read: the database answers
  if (version != db.latest_schema_version()) {
    throw Error(ErrorKind::kUnavailable, "not_ready", "The database is not migrated.")
        .with_retry_after(5);
  }
  return http::Response::json(200, {{"status", "ready"}, {"schema_version", version}});
}

http::Response metrics(Context& ctx) {
  return http::Response::text(200, ctx.services.metrics.render(), metrics::kContentType);
}

http::Response openapi(Context& ctx) {
  return http::Response::text(200, ctx.services.openapi_json, http::kJsonType);
}

}  // namespace pv::api
