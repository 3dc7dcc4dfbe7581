// How a call to a network failed, in the five classes the publisher acts on:
//
//   needs_reconnect  the token is refused (expired, revoked, missing scope): the
//                    advisor must connect the account again; never retried;
//   rate_limited     the network says slow down; retried at `retry_at` when the
//                    network gave one (sharing/retry_policy.h);
//   transient        the network or the path to it failed, nothing was done:
//                    retried with backoff and jitter (sharing/retry_policy.h);
//   rejected         the network refused this request (duplicate, too long,
//                    invalid, a configuration it does not accept): never retried,
//                    `reason` says why in the network's words;
//   unknown_outcome  a create was sent and no answer came back (timeout, dropped
//                    connection): it may have been published; never retried
//                    automatically, the advisor confirms.
//
// Plain values; any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "http/client.h"
#include "util/clock.h"

namespace pv::networks {

enum class FailureClass { kNeedsReconnect, kRateLimited, kTransient, kRejected, kUnknownOutcome };

std::string_view to_string(FailureClass kind);

struct Failure {
  FailureClass kind = FailureClass::kTransient;
  std::string reason;   // the network's own message, or what failed on the way
  std::string code;     // the network's error code when it gave one ("DUPLICATE_POST", "190")
  int http_status = 0;  // 0 when no response came
  std::optional<TimePoint> retry_at;  // rate_limited: when the network said to come back
};

// A transport failure (no response) as a Failure: before sending, transient;
// after sending, unknown_outcome when `creates` (the call publishes something),
// transient otherwise (reading or a token exchange may be repeated).
Failure transport_failure(const http::TransportError& error, bool creates);

// A value, or the Failure that prevented it.
template <class T>
class Outcome {
 public:
  Outcome(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Outcome(Failure failure) : v_(std::move(failure)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Failure& failure() const { return std::get<1>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Failure> v_;
};

}  // namespace pv::networks
