#include "api/idempotency.h"

#include <optional>

#include "util/crypto.h"

namespace pv::api {
namespace {

constexpr auto kKeepFor = std::chrono::hours(24);

struct Outcome {
  int status = 0;
  std::string body;
  bool replayed = false;
};

}  // namespace

http::Response create_idempotently(Context& ctx, int status, const CreateFn& create) {
  const auto& request = ctx.request;
  std::optional<std::string> key;
  if (auto header = request.header("Idempotency-Key")) {
    if (header->empty() || header->size() > 255) {
      throw Error::invalid_field("Idempotency-Key", "must be 1 to 255 characters");
    }
    key = std::string(*header);
  }
  const std::string& user_id = ctx.user().user.id;
  const std::string request_hash =
      crypto::sha256_hex(request.method + " " + request.path + "\n" + request.body);
  const TimePoint now = ctx.services.clock.now();

  Outcome outcome;
  ctx.services.db.write([&](store::Tx& tx) {
    if (key) {
      tx.idempotency().remove_before(now - kKeepFor);
      if (auto previous = tx.idempotency().find(user_id, *key)) {
        if (previous->request_hash != request_hash) {
          throw Error(ErrorKind::kInvalid, "idempotency_mismatch",
                      "This Idempotency-Key was used for a different request.");
        }
        outcome = Outcome{previous->status, previous->response_body, true};
        return;
      }
    }
    auto created = create(tx);
    // Thrown, so that anything `create` wrote before failing rolls back too.
    if (!created) throw created.error();
    outcome = Outcome{status, created->dump(), false};
    if (key) {
      tx.idempotency().insert(
          store::IdempotencyRow{user_id, *key, request_hash, status, outcome.body, now});
    }
  });
  http::Response response = http::Response::text(outcome.status, outcome.body, http::kJsonType);
  if (outcome.replayed) response.headers.set("Idempotent-Replayed", "true");
  return response;
}

}  // namespace pv::api
