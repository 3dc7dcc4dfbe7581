// GET and PUT /api/v1/charter, GET /api/v1/charter/versions[/{id}],
// POST /api/v1/charter/check, POST /api/v1/charter/acknowledge.
#include "api/handlers.h"
#include "api/json_input.h"
#include "util/time.h"

namespace pv::api {
namespace {

nlohmann::json version_json(const store::CharterVersionRow& row, bool with_document) {
  nlohmann::json out = {{"version_id", std::to_string(row.id)},
                        {"version", row.version},
                        {"charter_id", row.charter_id},
                        {"created_by", row.created_by},
                        {"created_at", format_time(row.created_at)}};
  if (with_document) out["document"] = nlohmann::json::parse(row.document);
  return out;
}

std::int64_t version_id_param(const std::string& text, const char* field) {
  try {
    std::size_t used = 0;
    long long id = std::stoll(text, &used);
    if (used == text.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw Error::invalid_field(field, "must be a charter version id");
}

}  // namespace

http::Response get_charter(Context& ctx) {
  auto in_force = ctx.services.charter.current();
  if (!in_force) {
    throw Error(ErrorKind::kNotFound, "no_charter", "No usage charter has been published yet.");
  }
  return http::Response::json(200, {{"version_id", std::to_string(in_force->version_id)},
                                    {"version", in_force->version},
                                    {"charter_id", in_force->charter_id},
                                    {"document", in_force->document},
                                    {"created_by", in_force->created_by},
                                    {"created_at", format_time(in_force->created_at)}});
}

http::Response put_charter(Context& ctx) {
  auto document = parse_json_body(ctx.request);
  auto published = ctx.services.charter.publish(ctx.user().user.id, document).value();
  return http::Response::json(201, {{"version_id", std::to_string(published->version_id)},
                                    {"version", published->version}});
}

http::Response list_charter_versions(Context& ctx) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : ctx.services.charter.versions())
    items.push_back(version_json(row, false));
  return http::Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
}

http::Response get_charter_version(Context& ctx) {
  auto id = version_id_param(ctx.param("id"), "id");
  return http::Response::json(200, version_json(ctx.services.charter.version(id).value(), true));
}

http::Response check_charter(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto text = in.required_string("text");
  auto context_json = in.optional_object("context").value_or(nlohmann::json::object());
  in.finish();
  auto context = policy::parse_context(context_json).value();
  auto result = ctx.services.charter.check(text, context).value();
  auto body = policy::to_json(result.verdict);
  body["charter_version_id"] = std::to_string(result.charter_version_id);
  return http::Response::json(200, body);
}

http::Response acknowledge_charter(Context& ctx) {
  JsonFields in(parse_json_body(ctx.request));
  auto version_id = in.required_string("version_id");
  in.finish();
  ctx.services.charter.acknowledge(ctx.user().user.id, version_id_param(version_id, "version_id"))
      .value();
  return http::Response::no_content();
}

}  // namespace pv::api
