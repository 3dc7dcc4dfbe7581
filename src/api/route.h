// A route of the API: who may call it, how large its body may be, and the
// function that handles it. The whole URL map is in routes.cpp.
#pragma once

#include <string>

#include "api/context.h"
#include "auth/roles.h"
#include "http/response.h"

namespace pv::api {

enum class Access {
  kAnyone,    // no sign-in needed
  kSignedIn,  // any signed-in user
  kRoles,     // a signed-in user holding one of `roles`
};

using HandlerFn = http::Response (*)(Context&);

struct Route {
  Access access = Access::kRoles;
  auth::RoleSet roles;
  HandlerFn handler = nullptr;
  std::string summary;  // one line, for the OpenAPI document
  bool upload = false;  // takes the larger upload body limit
  // Cookie-authenticated state changes need X-CSRF-Token; sign-in itself
  // cannot (there is no session yet), and SameSite=Strict covers it.
  bool csrf = true;
};

}  // namespace pv::api
