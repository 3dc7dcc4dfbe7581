// Share-intent URLs (networks.md, section 4): the network's own share dialog,
// prefilled as far as that network allows, for accounts that cannot be posted to
// by API (a personal Facebook profile) or are not connected. The advisor
// confirms in the network's page; nothing comes back (no post id).
//
//   LinkedIn  https://www.linkedin.com/sharing/share-offsite/?url=…   (the link only)
//   X         https://twitter.com/intent/tweet?text=…&url=…&hashtags=…&via=…
//   Facebook  https://www.facebook.com/sharer/sharer.php?u=…          (the link only;
//             prefilling the message is against Facebook's platform policy)
//
// LinkedIn and Facebook take only the link, so the UI copies the text for the
// advisor to paste. Each value is percent-encoded once (form.h). Pure; any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "policy/network.h"

namespace pv::networks {

struct ShareIntent {
  std::string text;                   // X only
  std::optional<std::string> url;     // the tracked link
  std::vector<std::string> hashtags;  // X only; without '#'
  std::optional<std::string> via;     // X only; a username without '@'
};

std::string linkedin_share_url(const std::string& url);
std::string x_share_url(const ShareIntent& intent);
std::string facebook_share_url(const std::string& url);

// The one for `network`; nullopt for LinkedIn and Facebook without a link (their
// dialogs share a link or nothing).
std::optional<std::string> share_intent_url(policy::Network network, const ShareIntent& intent);

}  // namespace pv::networks
