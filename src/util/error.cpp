#include "util/error.h"

namespace pv {

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kBadRequest: return 400;
    case ErrorKind::kUnauthorized: return 401;
    case ErrorKind::kForbidden: return 403;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kMethodNotAllowed: return 405;
    case ErrorKind::kConflict: return 409;
    case ErrorKind::kTooLarge: return 413;
    case ErrorKind::kUnsupportedMedia: return 415;
    case ErrorKind::kInvalid: return 422;
    case ErrorKind::kPrecondition: return 428;
    case ErrorKind::kThrottled: return 429;
    case ErrorKind::kUnavailable: return 503;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

Error Error::invalid_field(const std::string& field, const std::string& reason) {
  return Error(ErrorKind::kInvalid, "invalid_fields", field + ": " + reason,
               {{"fields", {{field, reason}}}});
}

Error FieldErrors::error() const {
  std::string message = "Invalid fields:";
  for (const auto& [field, reason] : fields_.items()) {
    message += " " + field + " (" + reason.get<std::string>() + ")";
  }
  return Error(ErrorKind::kInvalid, "invalid_fields", message, {{"fields", fields_}});
}

}  // namespace pv
