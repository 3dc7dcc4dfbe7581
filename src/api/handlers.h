// Every API handler, one resource per file (named after it). Handlers are
// thin: read the request, call a service, shape the reply. routes.cpp maps
// them to URLs.
#pragma once

#include "api/context.h"
#include "http/response.h"

namespace pv::api {

// session_resource.cpp
http::Response login(Context& ctx);
http::Response logout(Context& ctx);
// me_resource.cpp
http::Response get_me(Context& ctx);
// token_resource.cpp
http::Response create_token(Context& ctx);
http::Response list_tokens(Context& ctx);
http::Response delete_token(Context& ctx);
// user_resource.cpp
http::Response create_user(Context& ctx);
http::Response list_users(Context& ctx);
http::Response get_user(Context& ctx);
http::Response patch_user(Context& ctx);
// group_resource.cpp
http::Response create_group(Context& ctx);
http::Response list_groups(Context& ctx);
// network_resource.cpp
http::Response list_networks(Context& ctx);
http::Response connect_network(Context& ctx);
http::Response network_callback(Context& ctx);
http::Response disconnect_network(Context& ctx);
// charter_resource.cpp
http::Response get_charter(Context& ctx);
http::Response put_charter(Context& ctx);
http::Response list_charter_versions(Context& ctx);
http::Response get_charter_version(Context& ctx);
http::Response check_charter(Context& ctx);
http::Response acknowledge_charter(Context& ctx);
// media_resource.cpp
http::Response upload_media(Context& ctx);
http::Response get_media(Context& ctx);
// content_resource.cpp
http::Response create_content(Context& ctx);
http::Response list_content(Context& ctx);
http::Response get_content(Context& ctx);
http::Response patch_content(Context& ctx);
http::Response submit_content(Context& ctx);
http::Response archive_content(Context& ctx);
http::Response revise_content(Context& ctx);
// review_resource.cpp
http::Response list_reviews(Context& ctx);
http::Response get_review(Context& ctx);
http::Response decide_review(Context& ctx);
// audit_resource.cpp
http::Response list_audit(Context& ctx);
http::Response verify_audit(Context& ctx);
// share_resource.cpp
http::Response preview_share(Context& ctx);
http::Response create_share(Context& ctx);
http::Response list_shares(Context& ctx);
http::Response get_share(Context& ctx);
http::Response cancel_share(Context& ctx);
http::Response confirm_share(Context& ctx);
// link_resource.cpp
http::Response follow_link(Context& ctx);
// analytics_resource.cpp
http::Response analytics_summary(Context& ctx);
http::Response analytics_export(Context& ctx);
// ops_resource.cpp
http::Response healthz(Context& ctx);
http::Response readyz(Context& ctx);
http::Response metrics(Context& ctx);
http::Response openapi(Context& ctx);

}  // namespace pv::api
