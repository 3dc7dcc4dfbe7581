// pv::Error: an expected failure, carried as a value (in pv::Result) through the
// domain code and turned into an HTTP response in exactly one place
// (api/error_mapping.cpp). It derives from std::exception only so that
// Result::value() can throw it at the API edge.
#pragma once

#include <exception>
#include <string>

#include <nlohmann/json.hpp>

namespace pv {

// The kinds map one to one onto the HTTP statuses of API.md's conventions.
enum class ErrorKind {
  kBadRequest,        // 400: malformed
  kUnauthorized,      // 401: not signed in
  kForbidden,         // 403: wrong role, CSRF, own item
  kNotFound,          // 404: unknown or not visible
  kMethodNotAllowed,  // 405
  kConflict,          // 409: conflict or wrong state
  kTooLarge,          // 413
  kUnsupportedMedia,  // 415
  kInvalid,           // 422: invalid fields (details name each one)
  kPrecondition,      // 428
  kThrottled,         // 429 (with Retry-After)
  kUnavailable,       // 503 (with Retry-After)
  kInternal,          // 500
};

int http_status(ErrorKind kind);

class Error : public std::exception {
 public:
  Error(ErrorKind kind, std::string code, std::string message,
        nlohmann::json details = nlohmann::json::object())
      : kind_(kind),
        code_(std::move(code)),
        message_(std::move(message)),
        details_(std::move(details)) {}

  ErrorKind kind() const { return kind_; }
  // snake_case code clients switch on, e.g. "email_taken".
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  const nlohmann::json& details() const { return details_; }
  // Seconds for Retry-After (429 and 503); 0 when not set.
  int retry_after() const { return retry_after_; }
  Error& with_retry_after(int seconds) {
    retry_after_ = seconds;
    return *this;
  }
  const char* what() const noexcept override { return message_.c_str(); }

  // 422 with one field named: details = {"fields": {field: reason}}.
  static Error invalid_field(const std::string& field, const std::string& reason);

 private:
  ErrorKind kind_;
  std::string code_;
  std::string message_;
  nlohmann::json details_;
  int retry_after_ = 0;
};

// Collects the invalid fields of one request, so that a 422 names them all.
class FieldErrors {
 public:
  void add(const std::string& field, const std::string& reason) {
    if (!fields_.contains(field)) fields_[field] = reason;
  }
  bool empty() const { return fields_.empty(); }
  // 422 invalid_fields, details = {"fields": {field: reason, ...}}.
  Error error() const;

 private:
  nlohmann::json fields_ = nlohmann::json::object();
};

}  // namespace pv
