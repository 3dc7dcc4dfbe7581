// Detector `url` (CHARTER.md, "Links"): a URL is a run of characters starting
// with `http://`, `https://` or `www.` and ending before white space or
// `<>"`; closing punctuation at its end (`.,;:!?)]}'`) is not part of it.
// Bare domains (`example.com/x`) are not URLs. Every occurrence of a prefix
// starts one, even inside a word (`voirhttp://x.example`), so that a link
// cannot hide behind a glued word; a prefix with nothing after it is none.
//
// Each URL's host is lower-cased, without user information, port or trailing
// dot, parsed with Boost.URL the way a browser reads the authority (`\` ends
// it like `/`; the last `@` separates the user information; percent escapes
// are decoded). A host that cannot be parsed is empty, and an empty host is
// allowed by no pattern (host_allow.h): links nobody can read fail closed.
//
// Reads the folded text. Pure: safe to call from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "policy/byte_span.h"

namespace pv::policy {

struct UrlMatch {
  ByteSpan span;
  std::string host;  // normalised; empty when it cannot be parsed
  bool operator==(const UrlMatch&) const = default;
};

// Every URL of `folded`, left to right, not overlapping.
std::vector<UrlMatch> find_urls(std::string_view folded);

// The normalised host of one URL (`http://…`, `https://…` or `www.…`), or an
// empty string. Also used on the server's configured public URL, whose host
// is the platform's own (host_allow.h).
std::string url_host(std::string_view url);

// Lower-cases ASCII letters and drops one trailing dot: how hosts, e-mail
// domains and host patterns are compared.
std::string normalize_host(std::string_view host);

}  // namespace pv::policy
