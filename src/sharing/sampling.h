// Which published shares compliance looks at after the fact (API.md,
// "Review"; compliance.md M4: lexicon flagging plus random sampling): every
// share the charter flagged, a random `rate` of the others, and any share of
// an advisor who has had fewer than `min_per_month` looked at this month (in
// the firm's time zone), so that every active advisor is sampled.
//
// Pure: any thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace pv::sharing {

enum class SampleReason { kNone, kFlagged, kRandom, kMonthlyMinimum };

// "flagged", "random", "monthly_minimum" (empty for kNone).
std::string_view to_string(SampleReason reason);

// `draw01` is a uniform draw in [0, 1); `sampled_this_month` counts the
// advisor's shares already reviewed after publication this month.
SampleReason sample_reason(bool flagged, double rate, double draw01,
                           std::int64_t sampled_this_month, int min_per_month);

}  // namespace pv::sharing
