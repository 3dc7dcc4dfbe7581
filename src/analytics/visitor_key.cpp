#include "analytics/visitor_key.h"

#include "util/crypto.h"

namespace pv::analytics {

std::string visitor_key(std::string_view salt, std::string_view address,
                        std::string_view user_agent) {
  std::string data(address);
  data += '\n';
  data += user_agent;
  return crypto::to_hex(crypto::hmac_sha256(salt, data).substr(0, 16));
}

}  // namespace pv::analytics
