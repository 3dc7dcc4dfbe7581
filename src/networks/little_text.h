// LinkedIn's "little" text format for a post's commentary (networks.md, 1.6):
// the characters \ | { } @ [ ] ( ) < > # * _ ~ are markup, and an unescaped one
// makes LinkedIn cut the post there while answering success. So every one of
// them is escaped with a backslash, except:
//   - in a URL (http:// or https:// up to white space), kept intact so that it
//     stays a link; reserved characters closing it that it did not open (the ")"
//     of "(see https://example.com/a)") are not part of it and are escaped;
//   - a "#" starting a hashtag (not after a letter or digit, and followed by
//     one), kept so that the hashtag stays clickable.
// Pure; any thread. Input is UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace pv::networks {

std::string escape_little_text(std::string_view text);

}  // namespace pv::networks
