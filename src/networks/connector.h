// pv::networks::Connector: one network behind one interface, building exactly
// the requests networks.md describes and classifying every failure (failure.h).
// The three implementations (linkedin_connector.h, x_connector.h,
// facebook_connector.h) take their URLs, credentials and API version from
// NetworkSettings and reach the network through an http::Client, so that tests
// run them against the stand-in server.
//
// Thread safety: every method may be called from several threads at once (the
// state is immutable; the client is thread-safe). Each call blocks on the network.
#pragma once

#include <optional>
#include <string>

#include "networks/failure.h"
#include "networks/types.h"

namespace pv::networks {

struct AuthorizeParams {
  std::string state;
  std::string redirect_uri;
  std::string code_challenge;  // S256 of the verifier; used where uses_pkce()
};

struct CodeExchange {
  std::string code;
  std::string redirect_uri;  // the same as in the authorize URL
  std::string code_verifier;
  std::optional<std::string> page_id;  // Facebook: the Page to connect (default: the first)
};

class Connector {
 public:
  virtual ~Connector();

  virtual Network network() const = 0;
  virtual bool uses_pkce() const { return false; }

  // Where to send the browser to ask the member's consent.
  virtual std::string authorize_url(const AuthorizeParams& params) const = 0;

  // The callback's code for tokens, then who the account is.
  virtual Outcome<Connected> exchange_code(const CodeExchange& exchange) = 0;

  // New tokens for `current`. needs_reconnect when the network issues no refresh
  // for it (LinkedIn without a refresh token, Facebook) or refuses it. X rotates
  // refresh tokens: `current.refresh_token` is spent once this is sent, and the
  // returned pair must be stored before it is used.
  virtual Outcome<TokenSet> refresh(const TokenSet& current) = 0;

  // Publishes `content` as the account. Never retried here: a timeout after
  // sending is unknown_outcome.
  virtual Outcome<Published> publish(const Credentials& account, const PostContent& content) = 0;
};

}  // namespace pv::networks
