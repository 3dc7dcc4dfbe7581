// Turning a network's error response into a Failure (failure.h), from the
// status and the network's own error shape (networks.md, 1.9, 2.6-2.7, 3.6).
// Only called for responses that are not a success. Pure functions; any thread.
#pragma once

#include "http/client.h"
#include "networks/failure.h"

namespace pv::networks {

// {"status","serviceErrorCode","code","message"}; 401 and 403 need a reconnect,
// 422 (DUPLICATE_POST) and 426 (NONEXISTENT_VERSION: configuration) are
// rejected, 429 rate limited (Retry-After when sent; LinkedIn documents none).
Failure classify_linkedin(const http::ClientResponse& response, TimePoint now);

// RFC 7807 problems ({"type","title","detail","status"}) or {"errors":[...]};
// 429's retry time from x-rate-limit-reset or, when the daily cap is spent,
// x-user-limit-24hour-reset / x-app-limit-24hour-reset; a usage-capped plan is
// rejected (no waiting brings it back).
Failure classify_x(const http::ClientResponse& response, TimePoint now);

// {"error":{"message","type","code","error_subcode","is_transient"}}; by code:
// 190 and 102 reconnect, 10 and 200-299 reconnect (a permission is missing),
// 4, 17, 32, 613 and 80001-80014 rate limited (retry time from
// X-Business-Use-Case-Usage's estimated_time_to_regain_access), 1 and 2 or
// is_transient transient, anything else rejected.
Failure classify_facebook(const http::ClientResponse& response, TimePoint now);

// An OAuth token endpoint's error ({"error","error_description"}):
// invalid_grant, invalid_request and invalid_token mean the code or the refresh
// token is no good (needs_reconnect); 429 and 5xx as usual; else rejected.
Failure classify_token_error(const http::ClientResponse& response, TimePoint now);

}  // namespace pv::networks
