#include "sharing/sampling.h"

namespace pv::sharing {

std::string_view to_string(SampleReason reason) {
  switch (reason) {
    case SampleReason::kNone: return "";
    case SampleReason::kFlagged: return "flagged";
    case SampleReason::kRandom: return "random";
    case SampleReason::kMonthlyMinimum: return "monthly_minimum";
  }
  return "";
}

SampleReason sample_reason(bool flagged, double rate, double draw01,
                           std::int64_t sampled_this_month, int min_per_month) {
  if (flagged) return SampleReason::kFlagged;
  if (draw01 < rate) return SampleReason::kRandom;
  if (sampled_this_month < min_per_month) return SampleReason::kMonthlyMinimum;
  return SampleReason::kNone;
}

}  // namespace pv::sharing
