// The keys each object of a charter may hold (CHARTER.md). The loader refuses
// any other key, and a unit test checks schema/charter.schema.json against
// these lists, so that the loader and the schema cannot drift apart.
//
// Constants only: safe from any thread.
#pragma once

#include <array>
#include <string_view>

namespace pv::policy::keys {

// The charter itself.
inline constexpr std::array<std::string_view, 6> kCharter = {"id",    "version", "title",
                                                             "lists", "rules",   "disclaimers"};
inline constexpr std::array<std::string_view, 3> kCharterRequired = {"id", "version", "rules"};

// `{en, fr}`.
inline constexpr std::array<std::string_view, 2> kLocalized = {"en", "fr"};
inline constexpr std::array<std::string_view, 1> kLocalizedRequired = {"en"};

inline constexpr std::array<std::string_view, 10> kRule = {
    "id",         "category", "action", "match", "message",
    "suggestion", "unless",   "scope",  "refs",  "status"};
inline constexpr std::array<std::string_view, 5> kRuleRequired = {"id", "category", "action",
                                                                  "match", "message"};

// An entry of `unless`.
inline constexpr std::array<std::string_view, 3> kException = {"terms", "within", "action"};
inline constexpr std::array<std::string_view, 1> kExceptionRequired = {"terms"};

// A rule's `scope`, and (with "rules") a disclaimer's `when`.
inline constexpr std::array<std::string_view, 6> kScope = {"networks",  "regions", "roles",
                                                           "languages", "origins", "tags"};
inline constexpr std::array<std::string_view, 7> kWhen = {
    "networks", "regions", "roles", "languages", "origins", "tags", "rules"};

inline constexpr std::array<std::string_view, 4> kDisclaimer = {"id", "text", "short", "when"};
inline constexpr std::array<std::string_view, 2> kDisclaimerRequired = {"id", "text"};

// The operator key that names each kind of expression object; exactly one is
// present in an expression object.
inline constexpr std::array<std::string_view, 12> kExpressionOperators = {"any",
                                                                          "all",
                                                                          "not",
                                                                          "near",
                                                                          "pattern",
                                                                          "detector",
                                                                          "link_outside",
                                                                          "email_outside",
                                                                          "edited_over",
                                                                          "shares_today_over",
                                                                          "promotional_share_over",
                                                                          "language_not"};

// The keys allowed beside an operator key (every other operator has none).
inline constexpr std::array<std::string_view, 2> kNear = {"near", "within"};
inline constexpr std::array<std::string_view, 3> kDetector = {"detector", "keywords",
                                                              "within_chars"};

}  // namespace pv::policy::keys
