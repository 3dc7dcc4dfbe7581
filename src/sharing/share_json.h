// A share as the API shows it (API.md, "Sharing").
//
// Pure: any thread.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/links.h"
#include "store/publish_jobs.h"
#include "store/shares.h"

namespace pv::sharing {

// {id, user_id, content_id, content_version, network, status, text, caption,
//  origin, verdict, link, charter_version_id, scheduled_at, created_at,
//  updated_at, published_at, post_id, post_url, failure_reason, intent_url,
//  text_verified, review_id, sample_review_id}; `link` is the tracked link
// on `public_url`, null for content without a URL.
nlohmann::json share_json(const store::ShareRow& share, const std::string& public_url);

// The publishing attempts, oldest first: {attempt, started_at, finished_at,
// outcome, detail, retry_at}.
nlohmann::json attempts_json(const std::vector<store::PublishAttemptRow>& attempts);

// {clicks, unique_clicks, bot_clicks}.
nlohmann::json clicks_json(const store::ClickTally& tally);

}  // namespace pv::sharing
