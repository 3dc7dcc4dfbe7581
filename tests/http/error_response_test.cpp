#include "http/error_response.h"

#include <gtest/gtest.h>

namespace pv::http {
namespace {

TEST(ErrorResponse, HasTheApiShapeAndTheStatusOfItsKind) {
  struct Case {
    ErrorKind kind;
    int status;
  };
  const Case cases[] = {
      {ErrorKind::kBadRequest, 400},       {ErrorKind::kUnauthorized, 401},
      {ErrorKind::kForbidden, 403},        {ErrorKind::kNotFound, 404},
      {ErrorKind::kConflict, 409},         {ErrorKind::kTooLarge, 413},
      {ErrorKind::kUnsupportedMedia, 415}, {ErrorKind::kInvalid, 422},
      {ErrorKind::kPrecondition, 428},     {ErrorKind::kThrottled, 429},
      {ErrorKind::kUnavailable, 503},      {ErrorKind::kInternal, 500},
  };
  for (const auto& c : cases) {
    auto r = error_response(Error(c.kind, "some_code", "Some message"), "req-1");
    EXPECT_EQ(r.status, c.status);
    EXPECT_EQ(r.headers.get("Content-Type"), "application/json; charset=utf-8");
    EXPECT_EQ(r.headers.get("Cache-Control"), "no-store");
    auto body = nlohmann::json::parse(r.body);
    EXPECT_EQ(body, nlohmann::json::parse(R"({"error": {"code": "some_code",
        "message": "Some message", "details": {}, "request_id": "req-1"}})"));
  }
}

TEST(ErrorResponse, CarriesTheDetails) {
  auto r = error_response(Error::invalid_field("email", "is not an email"), "abc");
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(body["error"]["details"]["fields"]["email"], "is not an email");
}

TEST(ErrorResponse, AddsRetryAfterFor429And503WhenSet) {
  auto throttled = error_response(
      Error(ErrorKind::kThrottled, "throttled", "Slow down").with_retry_after(30), "r");
  EXPECT_EQ(throttled.headers.get("Retry-After"), "30");
  auto busy =
      error_response(Error(ErrorKind::kUnavailable, "overloaded", "Busy").with_retry_after(2), "r");
  EXPECT_EQ(busy.headers.get("Retry-After"), "2");
  auto unset = error_response(Error(ErrorKind::kUnavailable, "overloaded", "Busy"), "r");
  EXPECT_FALSE(unset.headers.contains("Retry-After"));
  // Only those two statuses say when to come back.
  auto conflict =
      error_response(Error(ErrorKind::kConflict, "c", "Conflict").with_retry_after(5), "r");
  EXPECT_FALSE(conflict.headers.contains("Retry-After"));
}

TEST(ErrorResponse, NeverThrowsOnInvalidUtf8) {
  auto r = error_response(Error(ErrorKind::kBadRequest, "bad", "bad byte \xff here"), "r");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(nlohmann::json::accept(r.body));
}

}  // namespace
}  // namespace pv::http
