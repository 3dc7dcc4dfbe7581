// X, API v2 (networks.md, section 2): OAuth 2.0 authorization code with PKCE
// S256 as a confidential client (HTTP Basic with the client id and secret on the
// token endpoint), scopes "tweet.read tweet.write users.read offline.access";
// the user from /2/users/me; posts through POST /2/tweets. Access tokens live two
// hours; refresh tokens are single-use and rotate on every refresh, so the caller
// must store the new pair before using it (account_service.h serialises
// refreshes across servers).
#pragma once

#include "http/client.h"
#include "networks/connector.h"
#include "networks/settings.h"
#include "util/clock.h"

namespace pv::networks {

inline constexpr const char* kXScopes = "tweet.read tweet.write users.read offline.access";

http::ClientRequest x_token_request(const NetworkSettings& s, const CodeExchange& e);
http::ClientRequest x_refresh_request(const NetworkSettings& s, const std::string& refresh_token);
http::ClientRequest x_me_request(const NetworkSettings& s, const std::string& access_token);
http::ClientRequest x_post_request(const NetworkSettings& s, const Credentials& account,
                                   const PostContent& content);

class XConnector final : public Connector {
 public:
  XConnector(NetworkSettings settings, http::Client& client, const Clock& clock);

  Network network() const override { return Network::kX; }
  bool uses_pkce() const override { return true; }
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
