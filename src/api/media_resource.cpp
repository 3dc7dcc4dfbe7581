// POST /api/v1/media (the raw file as the body), GET /api/v1/media/{id}.
#include "api/handlers.h"
#include "api/idempotency.h"
#include "library/media_service.h"

namespace pv::api {

http::Response upload_media(Context& ctx) {
  auto type = ctx.request.header("Content-Type");
  auto prepared =
      ctx.services.media.prepare(type ? std::string(*type) : "", ctx.request.body).value();
  return create_idempotently(ctx, 201, [&](store::Tx& tx) -> Result<nlohmann::json> {
    return library::media_json(ctx.services.media.insert(tx, ctx.user().user.id, prepared));
  });
}

http::Response get_media(Context& ctx) {
  auto media = ctx.services.media.get(ctx.param("id")).value();
  // A file never changes under its id: browsers may keep it for a year, and
  // revalidate with its hash.
  const std::string etag = "\"" + media.sha256 + "\"";
  http::Response response;
  auto if_none_match = ctx.request.header("If-None-Match");
  if (if_none_match && *if_none_match == etag) {
    response.status = 304;
  } else {
    response = http::Response::text(200, std::move(media.data), media.content_type);
    response.headers.set("Content-Disposition", media.content_type == "application/pdf"
                                                    ? "inline; filename=\"" + media.id + ".pdf\""
                                                    : std::string("inline"));
  }
  response.headers.set("ETag", etag);
  response.headers.set("Cache-Control", "private, max-age=31536000, immutable");
  response.headers.set("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace pv::api
