// The stand-in's registered apps: the client id and secret it expects from
// Porte-voix for each network. Tests write these into Porte-voix's
// configuration (support/standin_process.h). A registered redirect URI is any
// http:// URI on a loopback address: Porte-voix's tests listen on ephemeral ports.
#pragma once

#include <string>
#include <string_view>

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

}  // namespace pv::standin
