// One request on its way through the API: the request, who sent it (once the
// authentication middleware has run), and the services.
#pragma once

#include <optional>

#include "api/services.h"
#include "auth/principal.h"
#include "http/request.h"

namespace pv::api {

struct Context {
  http::Request& request;
  Services& services;
  std::optional<auth::Principal> principal;

  // The signed-in user; only on routes that require signing in.
  const auth::Principal& user() const { return *principal; }
  const std::string& param(const std::string& name) const { return request.path_params.at(name); }
};

}  // namespace pv::api
