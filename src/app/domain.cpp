#include "app/domain.h"

#include <spdlog/spdlog.h>

#include "http/beast_client.h"
#include "policy/url.h"
#include "util/crypto.h"

namespace pv::app {
namespace {

policy::CompileOptions charter_options(const Config& c) {
  // The platform's own tracked links are always allowed by link_outside.
  return policy::CompileOptions{policy::url_host(c.public_url)};
}

http::ClientOptions client_options(const Config& c) {
  http::ClientOptions o;
  o.connect_timeout = c.networks.connect_timeout;
  o.request_timeout = c.networks.request_timeout;
  return o;
}

// The key sealing the networks' tokens. Only a demo runs without one in its
// configuration (load_config refuses otherwise): it gets a key for this run.
std::string token_key(const Config& c) {
  if (!c.token_key.empty()) return c.token_key;
  spdlog::warn(
      "demo: no secrets.token_key; using a random key for this run (connected network "
      "accounts will have to be connected again after a restart)");
  return crypto::random_bytes(32);
}

std::optional<std::string> click_salt(const Config& c) {
  if (c.click_salt.empty()) return std::nullopt;
  return c.click_salt;
}

sharing::ShareOptions share_options(const Config& c, const TimeZone& zone) {
  sharing::ShareOptions o;
  o.public_url = c.public_url;
  o.zone = zone;
  o.sample_rate = c.sharing.sample_rate;
  o.sample_min_per_month = c.sharing.sample_min_per_month;
  return o;
}

review::ReviewOptions review_options(const Config& c) {
  review::ReviewOptions o;
  o.sla_business_days = c.review.sla_business_days;
  o.calendar.zone = TimeZone::load(c.timezone).value();
  o.calendar.holidays.insert(c.review.holidays.begin(), c.review.holidays.end());
  o.reasons = c.review.reasons;
  if (!c.review.second_level_group.empty()) o.second_level_group = c.review.second_level_group;
  return o;
}

}  // namespace

Domain::Domain(const Config& config, Stores& stores, const Clock& clock)
    : zone(TimeZone::load(config.timezone).value()),  // checked with the configuration
      users(*stores.db, *stores.audit, clock),
      charter(*stores.db, *stores.audit, clock, charter_options(config)),
      reviews(*stores.db, *stores.audit, clock, charter, review_options(config)),
      media(*stores.db, *stores.audit, clock, library::MediaOptions{config.media.max_bytes}),
      content(*stores.db, *stores.audit, clock, charter, reviews),
      library(*stores.db, clock),
      network_client(http::make_beast_client(client_options(config))),
      connectors(networks::make_connectors(config.networks, *network_client, clock)),
      accounts(*stores.db, *stores.audit, clock, connectors,
               networks::TokenCipher(token_key(config))),
      salts(*stores.db, clock, zone, click_salt(config)),
      links(*stores.db, clock, salts),
      analytics(*stores.db, zone),
      shares(*stores.db, *stores.audit, clock, charter, library, accounts, reviews,
             share_options(config, zone)),
      share_reviews(shares, true),
      sample_reviews(shares, false) {
  reviews.register_subject(review::Kind::kContent, content);
  reviews.register_subject(review::Kind::kShare, share_reviews);
  reviews.register_subject(review::Kind::kSample, sample_reviews);
}

}  // namespace pv::app
