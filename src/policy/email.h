// Detector `email` (CHARTER.md, "Detectors"): `local@domain.tld`, with a local
// part of ASCII letters, digits and `._%+-`, and a domain of dot-separated
// labels of ASCII letters, digits and hyphens ending in a label of at least
// two letters. The domain is returned too, for `email_outside` (host_allow.h).
//
// Labels are whole: the domain is the longest run of whole labels after the
// `@` whose last label is all letters, so `jo@example.com.` ends before the
// final dot and `jo@example.c0m` is no address at all.
//
// Reads the folded text. Pure: safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "policy/byte_span.h"

namespace pv::policy {

struct EmailMatch {
  ByteSpan span;    // the whole address
  ByteSpan domain;  // the part after '@'
  bool operator==(const EmailMatch&) const = default;
};

// Every e-mail address of `folded`, left to right, not overlapping.
std::vector<EmailMatch> find_emails(std::string_view folded);

}  // namespace pv::policy
