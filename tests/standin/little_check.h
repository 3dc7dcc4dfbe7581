// The stand-in's own reading of LinkedIn's "little" commentary, written apart
// from the connector's escaper so that each checks the other: every reserved
// character (\ | { } @ [ ] ( ) < > # * _ ~) must be escaped with a backslash,
// except inside a URL (http:// or https:// up to white space) and a "#" that
// starts a hashtag (not after a letter or digit, followed by one).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pv::standin {

struct LittleText {
  std::string plain;                        // the text a reader sees: escapes removed
  std::optional<std::size_t> unescaped_at;  // byte offset of the first unescaped reserved character
};

LittleText read_little_text(std::string_view commentary);

}  // namespace pv::standin
