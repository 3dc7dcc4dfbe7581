#include "api/pipeline.h"

#include <chrono>

#include <spdlog/spdlog.h>

#include "api/cookies.h"
#include "http/error_response.h"
#include "http/static_files.h"
#include "store/errors.h"
#include "util/crypto.h"

namespace pv::api {
namespace {

bool is_state_change(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// A store failure that escaped the domain, as the client should see it.
Error from_store_error(const store::Error& e) {
  switch (e.kind()) {
    case store::ErrorKind::kUniqueViolation:
    case store::ErrorKind::kForeignKey:
      return Error(ErrorKind::kConflict, "conflict", "The change conflicts with existing data.");
    case store::ErrorKind::kBusy:
      return Error(ErrorKind::kUnavailable, "busy", "The database is busy; try again.")
          .with_retry_after(1);
    default: return Error(ErrorKind::kInternal, "internal", "Internal error.");
  }
}

std::optional<auth::Principal> authenticate(Services& services, const http::Request& request) {
  if (auto header = request.header("Authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (header->substr(0, kBearer.size()) == kBearer) {
      return services.auth.authenticate_bearer(std::string(header->substr(kBearer.size())));
    }
    return std::nullopt;
  }
  if (auto token = cookie(request, kSessionCookie)) {
    return services.auth.authenticate_session(*token);
  }
  return std::nullopt;
}

}  // namespace

ApiHandler::ApiHandler(Services& services, http::Router<Route> router, std::size_t body_limit,
                       std::size_t upload_limit)
    : services_(services),
      router_(std::move(router)),
      body_limit_(body_limit),
      upload_limit_(upload_limit),
      requests_(services.metrics.counter("portevoix_http_requests_total",
                                         "HTTP requests by route and status.",
                                         {"method", "route", "status"})),
      latency_(services.metrics.histogram(
          "portevoix_http_request_duration_seconds", "Time to handle a request, by route.",
          metrics::Registry::latency_buckets(), {"method", "route"})) {}

std::size_t ApiHandler::body_limit(std::string_view method, std::string_view path) const {
  auto match = router_.match(method, path);
  return match.found() && match.route->upload ? upload_limit_ : body_limit_;
}

// The middleware, in this order:
//   1. request id and access log: the id came from the server (X-Request-Id);
//      the log line and the metrics are written last, whatever happened;
//   2. error mapping: every pv::Error, store::Error or other exception below
//      becomes the JSON error of API.md, here and nowhere else;
//   3. routing (404, 405) and static files for what is not an API route;
//   4. authentication: a bearer token, or the session cookie;
//   5. CSRF: a cookie-authenticated state change must echo X-CSRF-Token;
//   6. role check: the route's roles against the user's.
http::Response ApiHandler::handle(http::Request& request) {
  const auto started = std::chrono::steady_clock::now();
  std::string route_label = "unmatched";
  Context ctx{request, services_, std::nullopt};
  http::Response response;
  try {
    response = dispatch(ctx, route_label);
  } catch (const Error& e) {
    response = http::error_response(e, request.request_id);
  } catch (const store::Error& e) {
    spdlog::error("request {}: store error: {}", request.request_id, e.what());
    response = http::error_response(from_store_error(e), request.request_id);
  } catch (const std::exception& e) {
    spdlog::error("request {}: {}", request.request_id, e.what());
    response = http::error_response(Error(ErrorKind::kInternal, "internal", "Internal error."),
                                    request.request_id);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  requests_.inc({request.method, route_label, std::to_string(response.status)});
  latency_.observe({request.method, route_label}, seconds);
  spdlog::info("request_id={} method={} path={} route={} status={} ms={:.1f} user={}",
               request.request_id, request.method, request.path, route_label, response.status,
               seconds * 1000, ctx.principal ? ctx.principal->user.id : "-");
  return response;
}

http::Response ApiHandler::dispatch(Context& ctx, std::string& route_label) {
  http::Request& request = ctx.request;
  auto match = router_.match(request.method, request.path);
  if (match.status == http::MatchStatus::kMethodNotAllowed) {
    route_label = "method_not_allowed";
    auto response = http::error_response(Error(ErrorKind::kMethodNotAllowed, "method_not_allowed",
                                               "This method is not allowed here."),
                                         request.request_id);
    std::string allow;
    for (const auto& m : match.allowed)
      allow += (allow.empty() ? "" : ", ") + m;
    response.headers.set("Allow", allow);
    return response;
  }
  if (!match.found()) {
    bool api_path = request.path == "/api" || request.path.rfind("/api/", 0) == 0;
    if (!api_path && (request.method == "GET" || request.method == "HEAD")) {
      if (auto file = http::serve_static(services_.static_dir, request)) {
        route_label = "static";
        return *file;
      }
    }
    throw Error(ErrorKind::kNotFound, "not_found", "No such resource.");
  }
  route_label = match.pattern;
  request.path_params = std::move(match.params);
  const Route& route = *match.route;

  ctx.principal = authenticate(services_, request);
  if (route.access != Access::kAnyone && !ctx.principal) {
    throw Error(ErrorKind::kUnauthorized, "unauthorized", "Sign in first.");
  }

  if (route.csrf && ctx.principal && ctx.principal->method == auth::AuthMethod::kSession &&
      is_state_change(request.method)) {
    auto token = request.header("X-CSRF-Token");
    if (!token || !crypto::equal_constant_time(*token, ctx.principal->csrf_token)) {
      throw Error(ErrorKind::kForbidden, "csrf",
                  "This request needs the session's CSRF token in X-CSRF-Token.");
    }
  }

  if (route.access == Access::kRoles && !ctx.principal->user.roles.intersects(route.roles)) {
    throw Error(ErrorKind::kForbidden, "forbidden", "Your role does not allow this.");
  }
  return route.handler(ctx);
}

}  // namespace pv::api
