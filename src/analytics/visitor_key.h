// Counting unique readers without keeping who they are (API.md: "without
// storing the raw IP address"). A click keeps only a keyed hash of the
// reader's address and user agent under a salt (click_salts.h): once a salt
// is gone nobody can tell whose address a hash was, even by trying them all.
//
// Pure: any thread.
#pragma once

#include <string>
#include <string_view>

namespace pv::analytics {

// 32 hex characters: HMAC-SHA256(salt, address "\n" user agent), truncated.
std::string visitor_key(std::string_view salt, std::string_view address,
                        std::string_view user_agent);

}  // namespace pv::analytics
