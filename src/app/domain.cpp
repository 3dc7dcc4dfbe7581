#include "app/domain.h"

#include "policy/url.h"

namespace pv::app {
namespace {

policy::CompileOptions charter_options(const Config& c) {
  // The platform's own tracked links are always allowed by link_outside.
  return policy::CompileOptions{policy::url_host(c.public_url)};
}

review::ReviewOptions review_options(const Config& c) {
  review::ReviewOptions o;
  o.sla_business_days = c.review.sla_business_days;
  o.calendar.zone = TimeZone::load(c.timezone).value();  // checked with the configuration
  o.calendar.holidays.insert(c.review.holidays.begin(), c.review.holidays.end());
  o.reasons = c.review.reasons;
  if (!c.review.second_level_group.empty()) o.second_level_group = c.review.second_level_group;
  return o;
}

}  // namespace

Domain::Domain(const Config& config, Stores& stores, const Clock& clock)
    : users(*stores.db, *stores.audit, clock),
      charter(*stores.db, *stores.audit, clock, charter_options(config)),
      reviews(*stores.db, *stores.audit, clock, charter, review_options(config)),
      media(*stores.db, *stores.audit, clock, library::MediaOptions{config.media.max_bytes}),
      content(*stores.db, *stores.audit, clock, charter, reviews),
      library(*stores.db, clock) {
  reviews.register_subject(review::Kind::kContent, content);
}

}  // namespace pv::app
