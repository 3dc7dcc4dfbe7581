// Encodings the OAuth and share-intent URLs need. Every value is percent-encoded
// with only RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~) left as they
// are: a space is %20, and a URL given as a value is encoded once, whole
// (networks.md, 4.4). Pure functions; any thread.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pv::networks {

using Params = std::vector<std::pair<std::string, std::string>>;

std::string percent_encode(std::string_view value);

// "k1=v1&k2=v2", each side percent-encoded: a query string, or an
// application/x-www-form-urlencoded body.
std::string form_encode(const Params& params);

// `url` followed by "?" and the encoded params ("&" when it has a query already).
std::string with_query(const std::string& url, const Params& params);

// "Basic base64(id:secret)", each side form-encoded first (RFC 6749, 2.3.1).
std::string basic_authorization(std::string_view client_id, std::string_view client_secret);

}  // namespace pv::networks
