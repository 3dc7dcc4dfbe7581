#include "api/content_query.h"

#include <algorithm>
#include <set>

#include "library/content.h"
#include "policy/network.h"

namespace pv::api {
namespace {

const std::set<std::string> kStatuses = {"draft",    "pending",  "approved",  "expired",
                                         "rejected", "archived", "superseded"};

bool authors(const auth::User& user) {
  return user.roles.has(auth::Role::kMarketing) || user.roles.has(auth::Role::kCompliance) ||
         user.roles.has(auth::Role::kAdmin);
}

std::optional<std::string> non_empty(const http::Request& r, const char* name) {
  auto v = r.query_param(name);
  if (!v || v->empty()) return std::nullopt;
  return v;
}

}  // namespace

ContentParams content_params(const Context& ctx) {
  const auto& r = ctx.request;
  FieldErrors errors;
  ContentParams p;
  p.library_view = !authors(ctx.user().user);
  if (auto view = non_empty(r, "view")) {
    if (*view == "library") {
      p.library_view = true;
    } else if (*view != "authoring") {
      errors.add("view", "must be library or authoring");
    } else if (p.library_view) {
      errors.add("view", "the authoring view is for marketing, compliance and admins");
    }
  }
  p.q = non_empty(r, "q");
  if (auto tag = non_empty(r, "tag")) p.tag = library::normalize_tags({*tag}).front();
  if (auto language = non_empty(r, "language")) p.language = library::primary_language(*language);
  p.status = non_empty(r, "status");
  if (p.status && !kStatuses.contains(*p.status)) errors.add("status", "unknown status");
  p.group = non_empty(r, "group");
  p.network = non_empty(r, "network");
  if (p.network && !policy::parse_network(*p.network)) {
    errors.add("network", "must be linkedin, x or facebook");
  }
  if (auto version = non_empty(r, "version")) {
    const bool digits =
        version->size() < 9 &&
        std::all_of(version->begin(), version->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(*version) < 1) {
      errors.add("version", "must be a version number");
    } else {
      p.version = std::stoi(*version);
    }
  }
  if (!errors.empty()) throw errors.error();
  return p;
}

}  // namespace pv::api
