// The stand-in for LinkedIn, X and Facebook: their OAuth endpoints (consent is
// given at once, as the configured member), identity and posting endpoints, on
// one loopback port. It checks each request the way the real network would
// (networks.md, 1.10, 2.8 and 3.8: headers, scopes, PKCE, escaping, payload
// shape, token validity and expiry), answers with the networks' real response
// and error shapes, and records what it accepted.
//
// Control endpoints, for tests (JSON bodies):
//   GET  /healthz                    "ok"
//   GET  /_standin/posts[?network=]  the accepted posts
//   GET  /_standin/requests[?network=]  every request received, in order
//   GET  /_standin/networks-config   Porte-voix's `networks` configuration for
//        this stand-in (apps.h), for the demo
//   POST /_standin/faults  {"network", "fault", "count"?, "path"?, "delay_ms"?,
//                           "retry_after_seconds"?}: the next `count` (1) requests
//        to that network (whose path starts with `path`, when given; never the
//        browser's authorize page) get `fault`: needs_reconnect, rate_limited,
//        transient or rejected (the network's own error for it), drop (the
//        connection closed after reading the request, nothing done),
//        drop_after_processing (done, then closed unanswered), or delay (answered
//        normally after delay_ms)
//   POST /_standin/expire  {"network"}: every access token of that network expires now
//   POST /_standin/settings {"linkedin_refresh_tokens"?, "x_access_seconds"?,
//                            "deny_next"?: network}
//   POST /_standin/members {"network", "id", "name", "username"?, "pages"?}:
//        who consents from now on (Facebook: the Pages they manage)
//   POST /_standin/reset   back to the start
//
// Thread-safe: one mutex over the state; a delay sleeps outside it.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "standin/apps.h"
#include "standin/wire.h"

namespace pv::standin {

struct Member {
  std::string id;  // LinkedIn sub, X user id, Facebook user id
  std::string name;
  std::string username;  // X
  nlohmann::json pages;  // Facebook: [{"id","name","tasks"}]
};

struct Grant {  // an authorization code
  std::string network;
  std::string client_id;
  std::string redirect_uri;
  std::string scopes;  // as requested, space-separated
  std::string code_challenge;
  Member member;
  std::chrono::system_clock::time_point expires_at;
};

struct Token {
  std::string network;
  std::string kind;  // "user", "page", "refresh"
  Member member;
  std::string page_id;  // kind "page"
  std::string scopes;
  std::optional<std::chrono::system_clock::time_point> expires_at;
  bool long_lived = false;  // Facebook user tokens after fb_exchange_token
  bool valid = true;        // false once a rotated refresh token was used
};

struct Fault {
  std::string network;
  std::string kind;
  int count = 1;
  std::string path;
  int delay_ms = 0;
  int retry_after_seconds = 0;
};

class Standin {
 public:
  Standin();
  Reply handle(const Exchange& ex);

 private:
  Reply dispatch(const Exchange& ex, const std::string& network);
  Reply control(const Exchange& ex);
  std::optional<Fault> take_fault(const std::string& network, const Exchange& ex);
  Reply fault_reply(const Fault& fault);
  void reset();

  // linkedin.cpp
  Reply linkedin(const Exchange& ex);
  Reply linkedin_token(const Exchange& ex);
  Reply linkedin_post(const Exchange& ex);
  // x.cpp
  Reply x(const Exchange& ex);
  Reply x_token(const Exchange& ex);
  Reply x_post(const Exchange& ex);
  // facebook.cpp
  Reply facebook(const Exchange& ex, const std::string& rest);
  Reply facebook_token(const Exchange& ex);
  Reply facebook_feed(const Exchange& ex, const std::string& page_id);

  // Shared by the three (state.cpp).
  Reply authorize(const Exchange& ex, const std::string& network, const std::string& scopes,
                  std::chrono::seconds code_life);
  std::optional<Grant> redeem(const std::string& network, const std::string& code);
  std::string issue(Token token);
  // The token of `network` a request carries ("Authorization: Bearer", or
  // `access_token` for Facebook), if known; `expired` tells why it is refused.
  const Token* bearer(const Exchange& ex, const std::string& network, bool& expired);
  void record_post(const std::string& network, const std::string& id, const std::string& author,
                   const nlohmann::json& body, const Exchange& ex);
  bool duplicate(const std::string& network, const std::string& author, const std::string& text);
  std::string next_id(std::uint64_t& counter);

  std::mutex mu_;
  std::map<std::string, Member> members_;  // per network: who consents
  std::map<std::string, Grant> grants_;    // by code
  std::map<std::string, Token> tokens_;    // by token
  std::vector<Fault> faults_;
  nlohmann::json posts_ = nlohmann::json::array();
  nlohmann::json requests_ = nlohmann::json::array();
  std::set<std::string> seen_texts_;     // network|author|text
  std::map<std::string, int> x_window_;  // X user id -> posts in the current window
  std::chrono::system_clock::time_point x_window_end_;
  bool linkedin_refresh_tokens_ = false;
  int x_access_seconds_ = 7200;
  std::set<std::string> deny_next_;
  std::uint64_t share_counter_ = 7301234567890123456ULL;
  std::uint64_t tweet_counter_ = 1346889436626259968ULL;
  std::uint64_t fb_post_counter_ = 1116689038356556ULL;
};

Reply json_reply(int status, const nlohmann::json& body);

}  // namespace pv::standin
