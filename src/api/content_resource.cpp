// POST and GET /api/v1/content, GET and PATCH /api/v1/content/{id}, and the
// lifecycle: POST /api/v1/content/{id}/submit, /archive, /revise.
#include "api/content_query.h"
#include "api/handlers.h"
#include "api/idempotency.h"
#include "api/json_input.h"
#include "api/pagination.h"
#include "library/content.h"
#include "library/content_service.h"
#include "library/library_service.h"
#include "util/time.h"

namespace pv::api {
namespace {

std::optional<TimePoint> read_time(JsonFields& in, const std::string& name) {
  auto text = in.optional_string(name);
  if (!text) return std::nullopt;
  auto t = parse_time(*text);
  if (!t) in.add_error(name, "must be an RFC 3339 time, e.g. 2026-11-24T15:04:05Z");
  return t;
}

std::optional<library::Captions> read_captions(JsonFields& in) {
  auto value = in.optional_value("captions");
  if (!value) return std::nullopt;
  FieldErrors errors;
  auto captions = library::captions_from_json(*value, "captions", errors);
  if (!errors.empty()) {
    const Error error = errors.error();  // bound first: a temporary's details would dangle
    for (const auto& [field, reason] : error.details()["fields"].items())
      in.add_error(field, reason.get<std::string>());
  }
  return captions;
}

library::ContentFields read_new_item(JsonFields& in) {
  library::ContentFields f;
  f.title = in.required_string("title");
  f.body = in.optional_string("body").value_or("");
  f.url = in.optional_string("url");
  f.media_id = in.optional_string("media_id");
  f.language = in.optional_string("language").value_or("en");
  f.tags = in.string_array("tags");
  f.groups = in.string_array("groups");
  f.promotional = in.optional_bool("promotional").value_or(false);
  f.captions = read_captions(in).value_or(library::Captions{});
  f.caption_policy = in.optional_string("caption_policy").value_or(library::kEditable);
  f.starts_at = read_time(in, "starts_at");
  f.expires_at = read_time(in, "expires_at");
  return f;
}

// A nullable field of a PATCH: absent, cleared (null) or set.
template <class T, class Read>
std::optional<std::optional<T>> nullable(JsonFields& in, const std::string& name, Read read) {
  if (!in.present(name)) return std::nullopt;
  return read(in, name);
}

library::ContentPatch read_patch(JsonFields& in) {
  library::ContentPatch p;
  p.title = in.optional_string("title");
  p.body = in.optional_string("body");
  auto string = [](JsonFields& f, const std::string& n) { return f.optional_string(n); };
  p.url = nullable<std::string>(in, "url", string);
  p.media_id = nullable<std::string>(in, "media_id", string);
  p.language = in.optional_string("language");
  p.tags = in.optional_string_array("tags");
  p.groups = in.optional_string_array("groups");
  p.promotional = in.optional_bool("promotional");
  p.captions = read_captions(in);
  p.caption_policy = in.optional_string("caption_policy");
  p.starts_at = nullable<TimePoint>(in, "starts_at", read_time);
  p.expires_at = nullable<TimePoint>(in, "expires_at", read_time);
  return p;
}

}  // namespace

http::Response create_content(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto fields = read_new_item(in);
  in.finish();
  return create_idempotently(ctx, 201, [&](store::Tx& tx) {
    return ctx.services.content.create(tx, ctx.user().user.id, fields);
  });
}

http::Response list_content(Context& ctx) {
  auto params = content_params(ctx);
  auto page = page_request(ctx.request);
  library::ContentPage result;
  if (params.library_view) {
    // Advisors see approved items only: any other status lists nothing.
    if (params.status && *params.status != "approved") {
      return http::Response::json(200, page_json(nlohmann::json::array(), std::nullopt));
    }
    library::LibraryQuery q{params.q,       params.tag, params.language,
                            params.network, page.after, page.limit};
    result = ctx.services.library.list(ctx.user().user, q).value();
  } else {
    library::AuthorListQuery q{params.status,  params.q,     params.tag, params.language,
                               params.network, params.group, page.after, page.limit};
    result = ctx.services.content.list(q).value();
  }
  return http::Response::json(200, page_json(std::move(result.items), result.next));
}

http::Response get_content(Context& ctx) {
  auto params = content_params(ctx);
  if (params.library_view) {
    return http::Response::json(200,
                                ctx.services.library.get(ctx.user().user, ctx.param("id")).value());
  }
  return http::Response::json(200,
                              ctx.services.content.get(ctx.param("id"), params.version).value());
}

http::Response patch_content(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto patch = read_patch(in);
  in.finish();
  return http::Response::json(
      200, ctx.services.content.patch(ctx.user().user.id, ctx.param("id"), patch).value());
}

http::Response submit_content(Context& ctx) {
  return http::Response::json(
      200, ctx.services.content.submit(ctx.user().user.id, ctx.param("id")).value());
}

http::Response archive_content(Context& ctx) {
  return http::Response::json(
      200, ctx.services.content.archive(ctx.user().user.id, ctx.param("id")).value());
}

http::Response revise_content(Context& ctx) {
  return create_idempotently(ctx, 201, [&](store::Tx& tx) {
    return ctx.services.content.revise(tx, ctx.user().user.id, ctx.param("id"));
  });
}

}  // namespace pv::api
