// The client's address, the one way every handler reads it: the peer's
// address without its port, or, behind a trusted reverse proxy
// (server.trust_forwarded_for), the last X-Forwarded-For entry (the one that
// proxy added; earlier entries are whatever the client claimed).
#pragma once

#include <string>

#include "http/request.h"

namespace pv::api {

std::string client_address(const http::Request& request, bool trust_forwarded_for);

}  // namespace pv::api
