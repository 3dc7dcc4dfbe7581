#include "policy/host_allow.h"

#include "policy/url.h"

namespace pv::policy {
namespace {

Error invalid(std::string_view text, std::string_view why) {
  return Error(ErrorKind::kInvalid, "invalid_host_pattern",
               "host pattern \"" + std::string(text) + "\": " + std::string(why));
}

}  // namespace

Result<HostPattern> parse_host_pattern(std::string_view text) {
  HostPattern pattern;
  std::string_view rest = text;
  if (rest.starts_with("*.")) {
    pattern.subdomains = true;
    rest.remove_prefix(2);
  }
  if (rest.empty()) return invalid(text, "no host");
  for (const char c : rest) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '*') return invalid(text, "'*' is allowed only as a leading \"*.\"");
    if (b <= 0x20 || std::string_view("/:@?#\\[]").find(c) != std::string_view::npos) {
      return invalid(text, "a host has no '" + std::string(1, c) + "'");
    }
  }
  if (rest.front() == '.' || rest.find("..") != std::string_view::npos) {
    return invalid(text, "empty label");
  }
  pattern.host = normalize_host(rest);
  if (pattern.host.empty() || pattern.host.back() == '.') return invalid(text, "empty label");
  return pattern;
}

bool host_matches(std::string_view host, const HostPattern& pattern) {
  if (!pattern.subdomains) return host == pattern.host;
  // A subdomain: at least one character, a dot, then the pattern's host.
  return host.size() > pattern.host.size() + 1 && host.ends_with(pattern.host) &&
         host[host.size() - pattern.host.size() - 1] == '.';
}

bool host_allowed(std::string_view host, std::span<const HostPattern> patterns) {
  if (host.empty()) return false;
  for (const auto& p : patterns) {
    if (host_matches(host, p)) return true;
  }
  return false;
}

bool link_allowed(std::string_view host, std::span<const HostPattern> patterns,
                  std::string_view platform_host) {
  if (!host.empty() && !platform_host.empty() && host == platform_host) return true;
  return host_allowed(host, patterns);
}

bool email_domain_allowed(std::string_view domain, std::span<const HostPattern> patterns) {
  return host_allowed(normalize_host(domain), patterns);
}

}  // namespace pv::policy
