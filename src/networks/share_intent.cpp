#include "networks/share_intent.h"

#include "networks/form.h"

namespace pv::networks {
namespace {

std::string strip_prefix(const std::string& s, char prefix) {
  return !s.empty() && s.front() == prefix ? s.substr(1) : s;
}

}  // namespace

std::string linkedin_share_url(const std::string& url) {
  return with_query("https://www.linkedin.com/sharing/share-offsite/", {{"url", url}});
}

std::string x_share_url(const ShareIntent& intent) {
  std::vector<std::string> parts;
  if (!intent.text.empty()) parts.push_back("text=" + percent_encode(intent.text));
  if (intent.url) parts.push_back("url=" + percent_encode(*intent.url));
  // Each hashtag encoded on its own; the commas between them stay commas, which
  // is how X splits the parameter.
  std::string tags;
  for (const auto& tag : intent.hashtags) {
    auto bare = strip_prefix(tag, '#');
    if (!bare.empty()) tags += (tags.empty() ? "" : ",") + percent_encode(bare);
  }
  if (!tags.empty()) parts.push_back("hashtags=" + tags);
  if (intent.via && !strip_prefix(*intent.via, '@').empty()) {
    parts.push_back("via=" + percent_encode(strip_prefix(*intent.via, '@')));
  }
  std::string url = "https://twitter.com/intent/tweet";
  for (std::size_t i = 0; i < parts.size(); ++i)
    url += (i == 0 ? "?" : "&") + parts[i];
  return url;
}

std::string facebook_share_url(const std::string& url) {
  return with_query("https://www.facebook.com/sharer/sharer.php", {{"u", url}});
}

std::optional<std::string> share_intent_url(policy::Network network, const ShareIntent& intent) {
  switch (network) {
    case policy::Network::kLinkedIn:
      if (!intent.url) return std::nullopt;
      return linkedin_share_url(*intent.url);
    case policy::Network::kX: return x_share_url(intent);
    case policy::Network::kFacebook:
      if (!intent.url) return std::nullopt;
      return facebook_share_url(*intent.url);
  }
  return std::nullopt;
}

}  // namespace pv::networks
