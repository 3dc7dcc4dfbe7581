// Splitting a request-target into its decoded path and query (Boost.URL does the
// parsing and the percent-decoding). Pure functions; any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pv::http {

struct Target {
  std::string path;                                        // percent-decoded, starts with '/'
  std::vector<std::pair<std::string, std::string>> query;  // decoded, '+' as a space
};

// Accepts the origin form ("/a/b?x=1") and the absolute form
// ("http://host/a/b?x=1"); nullopt for anything else or a malformed escape.
std::optional<Target> parse_target(std::string_view target);

}  // namespace pv::http
