// The JSON form of a content item (API.md, "Content library").
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "store/content.h"
#include "store/reviews.h"
#include "util/clock.h"

namespace pv::library {

// {id, version, status, title, body, url, media_id, language, tags, groups,
//  promotional, captions, caption_policy, starts_at, expires_at, verdict,
//  charter_version_id, created_by, approved_by, approved_at, ...}: every
// field, as marketing and compliance see it.
nlohmann::json content_json(const store::ContentItemRow& item,
                            const store::ContentVersionRow& version, TimePoint now);

// The review of the version, with its last decision: {id, status, level,
// due_at, decision: {decision, note, reason, decided_at} | null}.
nlohmann::json review_summary_json(const store::ReviewRow& review,
                                   const std::optional<store::ReviewDecisionRow>& last);

// What an advisor sees: the item without the authoring details (verdict,
// review, editors).
nlohmann::json library_json(const store::ContentItemRow& item,
                            const store::ContentVersionRow& version, TimePoint now);

}  // namespace pv::library
