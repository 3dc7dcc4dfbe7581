// LinkedIn, member posting (networks.md, section 1): OAuth 2.0 authorization
// code (no PKCE; scopes "openid profile w_member_social"), the member from
// OpenID's /v2/userinfo (author urn:li:person:{sub}), posts through
// POST /rest/posts with LinkedIn-Version and X-Restli-Protocol-Version 2.0.0,
// the commentary escaped (little_text.h), a link as an article, the new post's
// id from the x-restli-id header. Refresh only with the refresh token LinkedIn
// gives its approved partners; otherwise the member reconnects before day 60.
#pragma once

#include <memory>

#include "http/client.h"
#include "networks/connector.h"
#include "networks/settings.h"
#include "util/clock.h"

namespace pv::networks {

inline constexpr const char* kLinkedInScopes = "openid profile w_member_social";

// The requests, exactly as sent (for the connector and its tests).
http::ClientRequest linkedin_token_request(const NetworkSettings& s, const CodeExchange& e);
http::ClientRequest linkedin_refresh_request(const NetworkSettings& s,
                                             const std::string& refresh_token);
http::ClientRequest linkedin_userinfo_request(const NetworkSettings& s,
                                              const std::string& access_token);
http::ClientRequest linkedin_post_request(const NetworkSettings& s, const Credentials& account,
                                          const PostContent& content);

class LinkedInConnector final : public Connector {
 public:
  // `client` and `clock` must outlive the connector.
  LinkedInConnector(NetworkSettings settings, http::Client& client, const Clock& clock);

  Network network() const override { return Network::kLinkedIn; }
  std::string authorize_url(const AuthorizeParams& params) const override;
  Outcome<Connected> exchange_code(const CodeExchange& exchange) override;
  Outcome<TokenSet> refresh(const TokenSet& current) override;
  Outcome<Published> publish(const Credentials& account, const PostContent& content) override;

 private:
  const NetworkSettings settings_;
  http::Client& client_;
  const Clock& clock_;
};

}  // namespace pv::networks
