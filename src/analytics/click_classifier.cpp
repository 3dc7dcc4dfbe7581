#include "analytics/click_classifier.h"

#include <array>
#include <cctype>

namespace pv::analytics {
namespace {

struct Signature {
  std::string_view needle;  // lower case, matched anywhere in the lower-cased agent
  std::string_view agent;   // the name recorded
};

// Known crawlers and link-preview fetchers, by the names they send.
constexpr std::array kKnown = {
    // Before Twitterbot: it says "TelegramBot (like TwitterBot)".
    Signature{"telegrambot", "TelegramBot"},
    Signature{"facebookexternalhit", "facebookexternalhit"},
    Signature{"facebookcatalog", "facebookexternalhit"},
    Signature{"facebot", "Facebot"},
    Signature{"meta-externalagent", "facebookexternalhit"},
    Signature{"linkedinbot", "LinkedInBot"},
    Signature{"twitterbot", "Twitterbot"},
    Signature{"slackbot", "Slackbot"},
    Signature{"slack-imgproxy", "Slackbot"},
    Signature{"whatsapp", "WhatsApp"},
    Signature{"discordbot", "Discordbot"},
    Signature{"skypeuripreview", "SkypeUriPreview"},
    Signature{"microsoftpreview", "MicrosoftPreview"},
    Signature{"googlebot", "Googlebot"},
    Signature{"google-inspectiontool", "Googlebot"},
    Signature{"adsbot-google", "Googlebot"},
    Signature{"mediapartners-google", "Googlebot"},
    Signature{"google-pagerenderer", "Googlebot"},
    Signature{"googleother", "Googlebot"},
    Signature{"bingbot", "bingbot"},
    Signature{"bingpreview", "bingbot"},
    Signature{"applebot", "Applebot"},
    Signature{"duckduckbot", "DuckDuckBot"},
    Signature{"yandexbot", "YandexBot"},
    Signature{"pinterestbot", "Pinterestbot"},
    Signature{"baiduspider", "Baiduspider"},
    Signature{"redditbot", "redditbot"},
    Signature{"embedly", "Embedly"},
    Signature{"iframely", "Iframely"},
    Signature{"vkshare", "vkShare"},
    Signature{"mastodon", "Mastodon"},
    Signature{"bluesky", "Bluesky"},
};

// Generic signs of a machine.
constexpr std::array kGeneric = {
    Signature{"bot", "bot"},
    Signature{"crawl", "crawler"},
    Signature{"spider", "crawler"},
    Signature{"slurp", "crawler"},
    Signature{"preview", "link-preview"},
    Signature{"scanner", "scanner"},
    Signature{"monitor", "monitor"},
    Signature{"headlesschrome", "headless-browser"},
    Signature{"phantomjs", "headless-browser"},
    Signature{"curl/", "http-library"},
    Signature{"wget/", "http-library"},
    Signature{"python-requests", "http-library"},
    Signature{"python-urllib", "http-library"},
    Signature{"python-httpx", "http-library"},
    Signature{"aiohttp", "http-library"},
    Signature{"go-http-client", "http-library"},
    Signature{"okhttp", "http-library"},
    Signature{"java/", "http-library"},
    Signature{"apache-httpclient", "http-library"},
    Signature{"libwww-perl", "http-library"},
    Signature{"node-fetch", "http-library"},
    Signature{"axios/", "http-library"},
    Signature{"undici", "http-library"},
    Signature{"httpie", "http-library"},
    Signature{"postmanruntime", "http-library"},
    Signature{"ruby", "http-library"},
    Signature{"php/", "http-library"},
    Signature{"guzzlehttp", "http-library"},
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

ClickClass classify_click(std::string_view method, std::string_view user_agent) {
  if (method == "HEAD") return {true, "head-request"};
  if (is_blank(user_agent)) return {true, "no-user-agent"};
  const std::string agent = lower(user_agent);
  for (const auto& s : kKnown) {
    if (agent.find(s.needle) != std::string::npos) return {true, std::string(s.agent)};
  }
  for (const auto& s : kGeneric) {
    if (agent.find(s.needle) != std::string::npos) return {true, std::string(s.agent)};
  }
  // Every browser names itself Mozilla/…; an agent that does not is a program.
  if (agent.find("mozilla/") == std::string::npos && agent.find("opera") == std::string::npos) {
    return {true, "unknown-program"};
  }
  return {};
}

}  // namespace pv::analytics
