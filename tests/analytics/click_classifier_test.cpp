#include "analytics/click_classifier.h"

#include <gtest/gtest.h>

namespace pv::analytics {
namespace {

TEST(ClickClassifier, PreviewFetchersAndCrawlersAreBots) {
  struct Case {
    const char* agent;
    const char* name;
  } cases[] = {
      {"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
       "facebookexternalhit"},
      {"Facebot", "Facebot"},
      {"LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
       "LinkedInBot"},
      {"Twitterbot/1.0", "Twitterbot"},
      {"Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Slackbot"},
      {"Slack-ImgProxy (+https://api.slack.com/robots)", "Slackbot"},
      {"WhatsApp/2.23.20.0 A", "WhatsApp"},
      {"TelegramBot (like TwitterBot)", "TelegramBot"},
      {"Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "Discordbot"},
      {"Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5", "SkypeUriPreview"},
      {"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; "
       "+http://www.google.com/bot.html) Chrome/120.0.0.0 Safari/537.36",
       "Googlebot"},
      {"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "bingbot"},
      {"Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 "
       "Safari/605.1.15 (Applebot/0.1)",
       "Applebot"},
      {"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "YandexBot"},
      {"Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", "bot"},
      {"Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)", "Embedly"},
      {"Iframely/1.3.1 (+https://iframely.com/docs/about)", "Iframely"},
      {"Mastodon/4.2.1 (http.rb/5.1.1; +https://mastodon.social/)", "Mastodon"},
      {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
       "HeadlessChrome/120.0.0.0 Safari/537.36",
       "headless-browser"},
      {"curl/7.88.1", "http-library"},
      {"Wget/1.21.3", "http-library"},
      {"python-requests/2.31.0", "http-library"},
      {"Go-http-client/1.1", "http-library"},
      {"okhttp/4.12.0", "http-library"},
      {"Java/17.0.2", "http-library"},
      {"node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "http-library"},
      {"", "no-user-agent"},
      {"   ", "no-user-agent"},
      {"SomeFeedReader 3.2", "unknown-program"},
  };
  for (const auto& c : cases) {
    auto k = classify_click("GET", c.agent);
    EXPECT_TRUE(k.bot) << c.agent;
    EXPECT_EQ(k.agent, c.name) << c.agent;
  }
}

TEST(ClickClassifier, PeopleInBrowsersAndInAppBrowsersAreNot) {
  for (const char* agent : {
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/120.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like "
           "Gecko) Version/17.1 Safari/605.1.15",
           "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
           // LinkedIn's, Facebook's and X's in-app browsers: readers, not fetchers.
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
           "like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
           "like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0.0.34.108;FBBV/541209286]",
           "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/120.0.6099.144 Mobile Safari/537.36 TwitterAndroid",
           "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
           "SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
           "Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.18",
       }) {
    auto k = classify_click("GET", agent);
    EXPECT_FALSE(k.bot) << agent << " as " << k.agent;
    EXPECT_EQ(k.agent, "");
  }
}

TEST(ClickClassifier, HeadOnlyChecksTheLink) {
  auto k = classify_click("HEAD", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Firefox/121.0");
  EXPECT_TRUE(k.bot);
  EXPECT_EQ(k.agent, "head-request");
}

}  // namespace
}  // namespace pv::analytics
