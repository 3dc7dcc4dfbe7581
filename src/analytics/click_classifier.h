// Whether a request for a tracked link is a person or a machine (API.md,
// "Links and analytics": bots are counted apart). Networks fetch every shared
// link to draw its preview card, chat apps do the same when the link is pasted,
// search engines crawl: none of these is a reader, and counting them would
// make every share look clicked.
//
// Judged from the request alone: the User-Agent against the known crawlers and
// link-preview fetchers, then generic signs (an empty agent, the words robots
// use to name themselves, HTTP libraries and headless browsers); a HEAD
// request only asks whether the link works. A reader's in-app browser
// (LinkedIn's, Facebook's, X's) is a person: only the fetchers' own names
// count, never a bare network name.
//
// Pure: any thread.
#pragma once

#include <string>
#include <string_view>

namespace pv::analytics {

struct ClickClass {
  bool bot = false;
  // For a bot, which one (e.g. "LinkedInBot", "http-library"); empty for a person.
  std::string agent;
};

ClickClass classify_click(std::string_view method, std::string_view user_agent);

}  // namespace pv::analytics
