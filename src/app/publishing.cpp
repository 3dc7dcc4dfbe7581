#include "app/publishing.h"

#include <unistd.h>

#include "util/crypto.h"

namespace pv::app {

sharing::SchedulerOptions scheduler_options(const Config& config) {
  const auto& s = config.sharing;
  sharing::SchedulerOptions o;
  o.daily_limit = s.daily_limit_per_account;
  o.spacing = std::chrono::minutes(s.min_minutes_between_posts);
  o.lease = std::chrono::seconds(s.publish_lease_seconds);
  o.retry.max_attempts = s.max_attempts;
  o.retry.base = std::chrono::seconds(s.retry_base_seconds);
  o.retry.max_delay = std::chrono::seconds(s.retry_max_seconds);
  return o;
}

std::string publisher_id() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host[0] ? host : "host") + ":" + std::to_string(::getpid()) + ":" +
         crypto::to_hex(crypto::random_bytes(4));
}

}  // namespace pv::app
