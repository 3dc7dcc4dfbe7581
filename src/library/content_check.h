// Checking a content item against the charter at submission (API.md): its
// body and its URL in the item's language with origin `library`, and every
// caption variant likewise with its network. The item's verdict is the most
// severe of them; each finding says which part it was found in, so that a
// reviewer sees where.
//
// Pure: safe from any thread (the compiled charter is immutable).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "library/content.h"
#include "policy/engine.h"

namespace pv::library {

struct ContentPart {
  std::string name;  // "body", "url", "captions.linkedin[0]"...
  std::optional<policy::Network> network;
  std::string text;
};

// The parts that are checked, in order: body, URL, then the captions by
// network and variant. Empty texts are left out.
std::vector<ContentPart> checked_parts(const ContentFields& fields);

struct ContentVerdict {
  policy::Action verdict = policy::Action::kAllow;
  // {"verdict", "charter_version", "charter_version_id", "findings", "silent",
  //  "parts": [{"part", "network", "verdict", "disclaimers"}]}, every finding
  // and silent hit with its "part".
  nlohmann::json json;
};

ContentVerdict check_content(const policy::CompiledCharter& charter,
                             std::int64_t charter_version_id, const ContentFields& fields);

}  // namespace pv::library
