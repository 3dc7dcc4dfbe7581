// Host allow-lists of `link_outside` and `email_outside` (CHARTER.md, "Links"):
// `host` allows exactly that host, `*.host` its subdomains (not host itself).
// Links to the platform's own host (that of the server's configured public
// URL, exactly that host) are always allowed; e-mail domains get no such
// exception.
//
// Hosts compare in their normalised form (url.h, normalize_host): lower case,
// no trailing dot. They come from the folded text, so a pattern written with
// accents must be folded (fold.h) before it is parsed, as the loader does with
// every charter string it compares to text.
//
// Plain values and pure functions: safe to use from any thread.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "util/result.h"

namespace pv::policy {

struct HostPattern {
  std::string host;         // normalised, without "*."
  bool subdomains = false;  // written "*.host"
  bool operator==(const HostPattern&) const = default;
};

// Parses "host" or "*.host". Refused (ErrorKind::kInvalid, code
// "invalid_host_pattern"): an empty host, a '*' anywhere but a leading "*.",
// a leading or doubled dot, and any of "/:@?#\[]" or white space.
Result<HostPattern> parse_host_pattern(std::string_view text);

bool host_matches(std::string_view host, const HostPattern& pattern);

// Whether any pattern allows `host` (already normalised); an empty host never.
bool host_allowed(std::string_view host, std::span<const HostPattern> patterns);

// `link_outside`: allowed by a pattern, or exactly the platform's own host
// (`platform_host`, normalised; empty when the server has none).
bool link_allowed(std::string_view host, std::span<const HostPattern> patterns,
                  std::string_view platform_host);

// `email_outside`: the address's domain, compared as hosts are.
bool email_domain_allowed(std::string_view domain, std::span<const HostPattern> patterns);

}  // namespace pv::policy
