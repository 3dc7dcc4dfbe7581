#include "sharing/tracked_link.h"

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include "util/crypto.h"

namespace pv::sharing {
namespace {

constexpr std::size_t kCodeBytes = 9;  // 72 bits, 12 base64url characters
constexpr std::size_t kCodeLength = 12;

Error invalid_url(std::string_view why) {
  return Error(ErrorKind::kInvalid, "invalid_url",
               "The content's URL cannot carry a tracked link: " + std::string(why) + ".");
}

}  // namespace

std::string new_link_code() {
  return crypto::to_base64url(crypto::random_bytes(kCodeBytes));
}

bool is_link_code(std::string_view text) {
  if (text.size() != kCodeLength) return false;
  for (char c : text) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string tracked_link_url(std::string_view public_url, std::string_view code) {
  while (!public_url.empty() && public_url.back() == '/')
    public_url.remove_suffix(1);
  std::string out(public_url);
  out += "/l/";
  out += code;
  return out;
}

Result<std::string> with_utm(std::string_view target, policy::Network network,
                             std::string_view content_id) {
  auto reference = boost::urls::parse_uri(target);
  if (!reference) return invalid_url("not an absolute URL");
  boost::urls::url url(*reference);
  if (url.scheme_id() != boost::urls::scheme::http &&
      url.scheme_id() != boost::urls::scheme::https) {
    return invalid_url("only http and https links can be tracked");
  }
  if (!url.has_authority() || url.encoded_host().empty()) return invalid_url("it has no host");
  // A bare "?" is an empty query, not one empty parameter to append after.
  if (url.has_query() && url.encoded_query().empty()) url.remove_query();
  auto params = url.params();
  params.set("utm_source", policy::to_string(network));
  params.set("utm_medium", kUtmMedium);
  params.set("utm_campaign", content_id);
  return std::string(url.buffer());
}

}  // namespace pv::sharing
