// The stand-in's registered apps: the client id and secret it expects from
// Porte-voix for each network. Tests write these into Porte-voix's
// configuration (support/standin_process.h). A registered redirect URI is any
// http:// URI on a loopback address: Porte-voix's tests listen on ephemeral ports.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace pv::standin {

struct App {
  std::string_view client_id;
  std::string_view client_secret;
};

inline constexpr App kLinkedInApp{"pv-standin-linkedin", "linkedin-secret-5ae1c"};
inline constexpr App kXApp{"pv-standin-x", "x-secret-93b0d"};
inline constexpr App kFacebookApp{"pv-standin-facebook", "facebook-secret-7f21e"};

inline const App& app_of(std::string_view network) {
  return network == "linkedin" ? kLinkedInApp : network == "x" ? kXApp : kFacebookApp;
}

// Porte-voix's `networks` configuration for a stand-in at `base_url`
// ("http://127.0.0.1:PORT"): these apps, its endpoints, short timeouts. The
// tests write it (support/standin_process.h); the demo fetches it from
// GET /_standin/networks-config.
inline nlohmann::json porte_voix_networks(const std::string& base_url) {
  auto app = [](std::string_view network) {
    const auto& a = app_of(network);
    return nlohmann::json{{"client_id", a.client_id}, {"client_secret", a.client_secret}};
  };
  nlohmann::json linkedin = app("linkedin"), x = app("x"), facebook = app("facebook");
  linkedin.update({{"auth_url", base_url + "/oauth/v2/authorization"},
                   {"token_url", base_url + "/oauth/v2/accessToken"},
                   {"api_base", base_url},
                   {"version", "202601"}});
  x.update({{"auth_url", base_url + "/i/oauth2/authorize"},
            {"token_url", base_url + "/2/oauth2/token"},
            {"api_base", base_url}});
  facebook.update({{"auth_url", base_url + "/{version}/dialog/oauth"},
                   {"token_url", base_url + "/{version}/oauth/access_token"},
                   {"api_base", base_url},
                   {"version", "v25.0"}});
  return {{"linkedin", linkedin},
          {"x", x},
          {"facebook", facebook},
          {"connect_timeout_seconds", 5},
          {"request_timeout_seconds", 5}};
}

}  // namespace pv::standin
