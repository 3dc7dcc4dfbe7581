// ApiHandler: the http::Handler of Porte-voix. Every request goes through the
// same middleware, in a fixed order (see handle()), then the route's handler.
//
// Built once at start-up; handle() runs concurrently on the server's worker
// threads (the router is read-only, the services are thread-safe).
#pragma once

#include "api/route.h"
#include "api/services.h"
#include "http/handler.h"
#include "http/router.h"

namespace pv::api {

class ApiHandler final : public http::Handler {
 public:
  ApiHandler(Services& services, http::Router<Route> router, std::size_t body_limit,
             std::size_t upload_limit);

  std::size_t body_limit(std::string_view method, std::string_view path) const override;
  http::Response handle(http::Request& request) override;

  const http::Router<Route>& router() const { return router_; }

 private:
  http::Response dispatch(Context& ctx, std::string& route_label);

  Services& services_;
  http::Router<Route> router_;
  std::size_t body_limit_;
  std::size_t upload_limit_;
  metrics::CounterFamily& requests_;
  metrics::HistogramFamily& latency_;
};

}  // namespace pv::api
