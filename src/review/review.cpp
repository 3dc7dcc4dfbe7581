#include "review/review.h"

namespace pv::review {

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::kContent: return "content";
    case Kind::kShare: return "share";
    case Kind::kSample: return "sample";
  }
  return "content";
}

std::optional<Kind> parse_kind(std::string_view name) {
  for (Kind k : {Kind::kContent, Kind::kShare, Kind::kSample}) {
    if (to_string(k) == name) return k;
  }
  return std::nullopt;
}

std::string_view to_string(Decision decision) {
  switch (decision) {
    case Decision::kApprove: return "approve";
    case Decision::kReject: return "reject";
    case Decision::kEscalate: return "escalate";
  }
  return "approve";
}

std::optional<Decision> parse_decision(std::string_view name) {
  for (Decision d : {Decision::kApprove, Decision::kReject, Decision::kEscalate}) {
    if (to_string(d) == name) return d;
  }
  return std::nullopt;
}

std::vector<std::string> default_reasons() {
  return {"misleading", "performance_claim", "missing_disclosure",   "promissory", "confidential",
          "off_brand",  "outdated",          "needs_second_opinion", "other"};
}

}  // namespace pv::review
