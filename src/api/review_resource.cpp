// GET /api/v1/reviews, GET /api/v1/reviews/{id},
// POST /api/v1/reviews/{id}/decision.
#include "api/handlers.h"
#include "api/json_input.h"
#include "api/pagination.h"
#include "review/review_service.h"

namespace pv::api {
namespace {

std::optional<store::ReviewCursor> review_cursor(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto colon = text->find(':');
  try {
    if (colon != std::string::npos) {
      return store::ReviewCursor{std::stoll(text->substr(0, colon)), text->substr(colon + 1)};
    }
  } catch (const std::exception&) {
  }
  throw Error::invalid_field("cursor", "is not a cursor this server gave");
}

review::ReviewListQuery list_query(const http::Request& r) {
  FieldErrors errors;
  review::ReviewListQuery q;
  if (auto status = r.query_param("status"); status && !status->empty()) {
    if (*status == "all") {
      q.status.reset();
    } else if (*status == review::kOpen || *status == review::kApproved ||
               *status == review::kRejected || *status == review::kCancelled) {
      q.status = *status;
    } else {
      errors.add("status", "must be open, approved, rejected, cancelled or all");
    }
  }
  if (auto kind = r.query_param("kind"); kind && !kind->empty()) {
    q.kind = review::parse_kind(*kind);
    if (!q.kind) errors.add("kind", "must be content, share or sample");
  }
  if (auto level = r.query_param("level"); level && !level->empty()) {
    if (*level == "1" || *level == "2") {
      q.level = *level == "1" ? 1 : 2;
    } else {
      errors.add("level", "must be 1 or 2");
    }
  }
  if (auto sort = r.query_param("sort"); sort && !sort->empty()) {
    if (*sort == "newest") {
      q.newest_first = true;
    } else if (*sort != "oldest") {
      errors.add("sort", "must be oldest or newest");
    }
  }
  if (!errors.empty()) throw errors.error();
  return q;
}

}  // namespace

http::Response list_reviews(Context& ctx) {
  auto q = list_query(ctx.request);
  auto page = page_request(ctx.request);
  q.after = review_cursor(page.after);
  q.limit = page.limit;
  auto result = ctx.services.reviews.list(ctx.user().user, q).value();
  std::optional<std::string> next;
  if (result.next) next = std::to_string(result.next->opened_at) + ":" + result.next->id;
  return http::Response::json(200, page_json(std::move(result.items), next));
}

http::Response get_review(Context& ctx) {
  return http::Response::json(200, ctx.services.reviews.get(ctx.param("id")).value());
}

http::Response decide_review(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto decision_name = in.required_string("decision");
  review::DecisionInput input;
  input.note = in.optional_string("note").value_or("");
  input.reason = in.optional_string("reason");
  auto decision = review::parse_decision(decision_name);
  if (!decision_name.empty() && !decision) {
    in.add_error("decision", "must be approve, reject or escalate");
  }
  in.finish();
  input.decision = *decision;
  return http::Response::json(
      200, ctx.services.reviews.decide(ctx.user().user, ctx.param("id"), input).value());
}

}  // namespace pv::api
