// Helpers for the engine's tests: a charter written inline as JSON, loaded and
// compiled (the test fails if the loader refuses it), and checks that return
// the verdict as JSON, the form users see.
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "policy/charter_loader.h"
#include "policy/engine.h"

namespace pv::testing {

using Json = nlohmann::json;

// A rule with the given id, match and action; message {en, fr} derived from the id.
inline Json rule(const std::string& id, const Json& match, const std::string& action = "block") {
  return {{"id", id},
          {"category", "test"},
          {"action", action},
          {"match", match},
          {"message", {{"en", "en " + id}, {"fr", "fr " + id}}}};
}

inline Json charter_of(const Json& rules, const Json& disclaimers = Json()) {
  Json c = {{"id", "test"}, {"version", "t.1"}, {"rules", rules}};
  if (!disclaimers.is_null()) c["disclaimers"] = disclaimers;
  return c;
}

inline std::shared_ptr<const policy::CompiledCharter> compile(const Json& charter,
                                                              policy::CompileOptions options = {}) {
  auto loaded = policy::load_charter(charter);
  if (!loaded) {
    ADD_FAILURE() << "charter refused: " << loaded.error().message();
    return nullptr;
  }
  auto compiled = policy::CompiledCharter::compile(std::move(*loaded), std::move(options));
  if (!compiled) {
    ADD_FAILURE() << "charter not compiled: " << compiled.error().message();
    return nullptr;
  }
  return *compiled;
}

inline Json check(const policy::CompiledCharter& charter, const std::string& text,
                  const Json& context = Json::object()) {
  auto parsed = policy::parse_context(context);
  if (!parsed) {
    ADD_FAILURE() << "context refused: " << parsed.error().message();
    return Json();
  }
  return policy::to_json(charter.check(text, *parsed));
}

// A charter of one rule, checked against `text`: the matched texts of its
// findings, in order (an empty string for a spanless one).
inline std::vector<std::string> matches(const Json& match, const std::string& text,
                                        const Json& context = Json::object()) {
  const auto compiled = compile(charter_of(Json::array({rule("r", match)})));
  std::vector<std::string> out;
  if (!compiled) return out;
  const Json verdict = check(*compiled, text, context);
  for (const Json& f : verdict["findings"])
    out.push_back(f["match"].is_null() ? "" : f["match"].get<std::string>());
  return out;
}

}  // namespace pv::testing
