// The published text of a share (CHARTER.md, "Disclaimers"): the caption;
// then, if the share carries a link, a blank line and the link; then, if any
// disclaimer applies, a blank line and the disclaimers separated by single
// spaces. Where that exceeds the network's limit, disclaimers that have a
// short form switch to it, first to last, until it fits; if it still does not
// fit, the share is refused with `too_long` and the number of characters (as
// the network counts them) to cut. Nothing is ever truncated.
//
// The disclaimers arrive already chosen and in the post's language (the
// policy engine decides which apply); this only assembles and measures.
//
// Plain values and a pure function: safe to use from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sharing/network_length.h"
#include "util/error.h"

namespace pv::sharing {

// The error code of a share refused for its length (API.md: 422 `too_long`).
inline constexpr std::string_view kTooLong = "too_long";

struct DisclaimerText {
  std::string full;
  std::optional<std::string> short_form;  // used only when the full text does not fit
};

struct ComposeInput {
  std::string caption;
  std::optional<std::string> link;  // the tracked link, when the share has one
  Network network = Network::kLinkedIn;
  std::vector<DisclaimerText> disclaimers;  // in charter order
};

struct Composition {
  std::string text;                   // what would be published
  std::size_t length = 0;             // as the network counts it
  std::size_t limit = 0;              // the network's limit
  bool fits = false;                  // length <= limit
  std::size_t chars_to_cut = 0;       // length - limit when it does not fit, else 0
  std::vector<bool> short_form_used;  // one per disclaimer, in input order
};

Composition compose(const ComposeInput& input);

// The 422 `too_long` error for a composition that does not fit, with
// details {"chars_to_cut", "length", "limit", "network"}.
Error too_long_error(const Composition& composition, Network network);

}  // namespace pv::sharing
