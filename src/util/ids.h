// Identifiers: 26 lower-case Crockford base32 characters, a 48-bit millisecond
// time followed by 80 random bits (the ULID layout), so that ids sort by
// creation time and make stable cursors.
#pragma once

#include <string>

#include "util/clock.h"

namespace pv {

std::string new_id(TimePoint now);
bool is_id(const std::string& text);

}  // namespace pv
