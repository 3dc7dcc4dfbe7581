#include "networks/failure.h"

namespace pv::networks {

std::string_view to_string(FailureClass kind) {
  switch (kind) {
    case FailureClass::kNeedsReconnect: return "needs_reconnect";
    case FailureClass::kRateLimited: return "rate_limited";
    case FailureClass::kTransient: return "transient";
    case FailureClass::kRejected: return "rejected";
    case FailureClass::kUnknownOutcome: return "unknown_outcome";
  }
  return "transient";
}

Failure transport_failure(const http::TransportError& error, bool creates) {
  Failure f;
  f.kind = error.sent() && creates ? FailureClass::kUnknownOutcome : FailureClass::kTransient;
  f.reason = error.message;
  f.code = error.sent() ? "no_response" : "not_sent";
  return f;
}

}  // namespace pv::networks
