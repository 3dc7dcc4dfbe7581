#include "networks/form.h"

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <sodium.h>

namespace pv::networks {

std::string percent_encode(std::string_view value) {
  return boost::urls::encode(value, boost::urls::unreserved_chars);
}

std::string form_encode(const Params& params) {
  std::string out;
  for (const auto& [key, value] : params) {
    if (!out.empty()) out += '&';
    out += percent_encode(key);
    out += '=';
    out += percent_encode(value);
  }
  return out;
}

std::string with_query(const std::string& url, const Params& params) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + form_encode(params);
}

std::string basic_authorization(std::string_view client_id, std::string_view client_secret) {
  const std::string pair = percent_encode(client_id) + ":" + percent_encode(client_secret);
  constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;
  std::string encoded(sodium_base64_encoded_len(pair.size(), kVariant), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(),
                    reinterpret_cast<const unsigned char*>(pair.data()), pair.size(), kVariant);
  encoded.pop_back();  // the terminating NUL
  return "Basic " + encoded;
}

}  // namespace pv::networks
