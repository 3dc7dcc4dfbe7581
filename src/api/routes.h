// The whole URL map of Porte-voix (routes.cpp), and the OpenAPI document
// built from it.
#pragma once

#include <nlohmann/json.hpp>

#include "api/route.h"
#include "http/router.h"

namespace pv::api {

http::Router<Route> make_router();

// OpenAPI 3 for GET /api/v1/openapi.json: every route, with who may call it
// (x-roles) and its summary.
nlohmann::json openapi_document(const http::Router<Route>& router);

}  // namespace pv::api
