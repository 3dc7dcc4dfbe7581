// The plain values the connectors exchange with their callers: tokens, the
// identity of a connected account, what to publish and what came back.
// Plain values; any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "policy/network.h"
#include "util/clock.h"

namespace pv::networks {

using policy::Network;

struct TokenSet {
  std::string access_token;
  std::optional<std::string> refresh_token;  // X always (offline.access); LinkedIn rarely
  std::optional<TimePoint> expires_at;       // none: does not expire (Facebook page tokens)
  std::optional<TimePoint> refresh_expires_at;
  std::string scopes;  // as granted, space-separated
};

// Who the account is on the network.
struct Identity {
  std::string external_id;   // LinkedIn member id (sub), X user id, Facebook page id
  std::string author;        // urn:li:person:{sub}, the X username, the page id
  std::string display_name;  // the member's, user's or page's name
};

struct Connected {
  TokenSet tokens;
  Identity identity;
};

// What publish() needs of a connected account.
struct Credentials {
  std::string access_token;
  std::string external_id;
  std::string author;
  std::int64_t token_version = 0;  // which stored pair this is (account_service.h)
};

// What to publish: the composed text (caption, tracked link, disclaimers, as
// sharing::compose made it) and the link it carries, for the networks that
// show a link card.
struct PostContent {
  std::string text;
  std::optional<std::string> link_url;
  std::optional<std::string> link_title;
};

struct Published {
  std::string post_id;   // urn:li:share:…, the tweet id, {page-id}_{post-id}
  std::string post_url;  // where a person sees it
};

}  // namespace pv::networks
