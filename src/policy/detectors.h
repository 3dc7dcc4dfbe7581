// The charter's detectors by name (CHARTER.md, "Detectors"): the loader checks
// a rule's `"detector": NAME` with parse_detector(), and the engine runs one
// with detect(). Each detector lives in its own file:
//
//   email         email.h         phone        phone.h
//   ca_sin        ca_sin.h        us_ssn       us_ssn.h
//   payment_card  payment_card.h  url          url.h
//
// The numeric ones share number_run.h. All read the folded text (fold.h) and
// report byte spans of it. `link_outside` and `email_outside` use find_urls()
// and find_emails() with host_allow.h.
//
// Pure functions: safe to call from any thread.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "policy/byte_span.h"

namespace pv::policy {

enum class Detector { kEmail, kPhone, kCaSin, kUsSsn, kPaymentCard, kUrl };

inline constexpr std::array<Detector, 6> kAllDetectors = {Detector::kEmail,       Detector::kPhone,
                                                          Detector::kCaSin,       Detector::kUsSsn,
                                                          Detector::kPaymentCard, Detector::kUrl};

// The name as CHARTER.md spells it: "email", "phone", "ca_sin", "us_ssn",
// "payment_card", "url".
std::string_view to_string(Detector detector);

// The detector of that exact name, or nullopt for an unknown name.
std::optional<Detector> parse_detector(std::string_view name);

// What `detector` finds in `folded`, left to right, not overlapping.
std::vector<ByteSpan> detect(Detector detector, std::string_view folded);

}  // namespace pv::policy
