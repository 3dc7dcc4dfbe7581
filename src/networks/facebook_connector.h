// Facebook Pages through the Graph API (networks.md, section 3). A personal
// profile cannot be posted to by API (publish_actions is gone since 2018): those
// shares use the share dialog (share_intent.h). Login gives a short-lived user
// token, exchanged for a long-lived one (fb_exchange_token), which lists the
// Pages the user manages with their Page tokens (/me/accounts); a Page token made
// from a long-lived user token does not expire. The connected account is one
// Page the user can create content on (the one asked for at connect, or the
// first). Posts go to POST /{version}/{page-id}/feed with the Page token. There
// is no refresh: a refused token means connecting again.
#pragma once

#include "http/client.h"
#include "networks/connector.h"
#include "networks/settings.h"
#include "util/clock.h"

namespace pv::networks {

inline constexpr const char* kFacebookScopes =
    "pages_show_list,pages_manage_posts,pages_read_engagement";

http::ClientRequest facebook_token_request(const NetworkSettings& s, const CodeExchange& e);
http::ClientRequest facebook_long_lived_request(const NetworkSettings& s,
                                                const std::string& user_token);
http::ClientRequest facebook_pages_request(const NetworkSettings& s, const std::string& user_token);
http::ClientRequest facebook_post_request(const NetworkSettings& s, const Credentials& page,
                                          const PostContent& content);

class FacebookConnector final : public Connector {
 public:
  FacebookConnector(NetworkSettings settings, http::Client& client, const Clock& clock);

  Network network() const override { return Network::kFacebook; }
  std::string authorize_url(const AuthorizeParams& params) const override;
  Outcome<Connected> exchange_code(const CodeExchange& exchange) override;
  Outcome<TokenSet> refresh(const TokenSet& current) override;
  Outcome<Published> publish(const Credentials& page, const PostContent& content) override;

 private:
  Outcome<std::string> user_token(const http::ClientRequest& request);

  const NetworkSettings settings_;
  http::Client& client_;
  const Clock& clock_;
};

}  // namespace pv::networks
