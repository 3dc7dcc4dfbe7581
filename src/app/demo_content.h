// The demo's content library: a dozen items in English and French (RRSP and
// TFSA season, market commentary, events, team news), written by the demo's
// marketing user and reviewed by its compliance officers through the same
// services as the API, so that their verdicts and audit entries are real.
#pragma once

#include <map>
#include <string>

#include "app/domain.h"

namespace pv::app {

struct DemoPeople {
  std::string marketing;                      // user id
  std::string compliance_fr;                  // user id
  std::string compliance_en;                  // user id
  std::map<std::string, std::string> groups;  // name -> id
};

// Returns how many items ended approved, pending and rejected, for the
// demo's summary.
struct DemoContentSummary {
  int approved = 0;
  int pending = 0;
  int rejected = 0;
};
DemoContentSummary add_demo_content(Domain& domain, store::Database& db, const Clock& clock,
                                    const DemoPeople& people);

}  // namespace pv::app
