// Idempotency-Key (API.md conventions): the same key from the same user gets
// the first result and creates nothing new; the same key with a different
// request gets 422 idempotency_mismatch. The key and the response it got are
// written in the same transaction as what the request created, and kept for
// 24 hours.
#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include "api/context.h"
#include "http/response.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::api {

using CreateFn = std::function<Result<nlohmann::json>(store::Tx&)>;

// Runs `create` in one write transaction and answers `status` with its JSON;
// a failed `create` writes nothing, and its error is thrown to the error
// mapping. Must be called on a signed-in request.
http::Response create_idempotently(Context& ctx, int status, const CreateFn& create);

}  // namespace pv::api
