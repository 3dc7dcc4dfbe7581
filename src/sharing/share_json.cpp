#include "sharing/share_json.h"

#include "sharing/tracked_link.h"
#include "util/time.h"

namespace pv::sharing {
namespace {

nlohmann::json optional(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
nlohmann::json optional_time(const std::optional<TimePoint>& value) {
  return value ? nlohmann::json(format_time(*value)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json share_json(const store::ShareRow& s, const std::string& public_url) {
  nlohmann::json verdict = nlohmann::json::parse(s.verdict, nullptr, false);
  if (verdict.is_discarded()) verdict = nullptr;
  return {
      {"id", s.id},
      {"user_id", s.user_id},
      {"content_id", s.content_id},
      {"content_version", s.content_version},
      {"network", s.network},
      {"status", s.status},
      {"text", s.text},
      {"caption", s.caption},
      {"origin", s.origin},
      {"verdict", verdict},
      {"link", s.link_code ? nlohmann::json(tracked_link_url(public_url, *s.link_code))
                           : nlohmann::json(nullptr)},
      {"charter_version_id", std::to_string(s.charter_version_id)},
      {"scheduled_at", format_time(s.scheduled_at)},
      {"created_at", format_time(s.created_at)},
      {"updated_at", format_time(s.updated_at)},
      {"published_at", optional_time(s.published_at)},
      {"post_id", optional(s.post_id)},
      {"post_url", optional(s.post_url)},
      {"failure_reason", optional(s.failure_reason)},
      {"intent_url", optional(s.intent_url)},
      {"text_verified", s.text_verified},
      {"review_id", optional(s.review_id)},
      {"sample_review_id", optional(s.sample_review_id)},
  };
}

nlohmann::json attempts_json(const std::vector<store::PublishAttemptRow>& attempts) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : attempts) {
    out.push_back({{"attempt", a.attempt},
                   {"started_at", format_time(a.started_at)},
                   {"finished_at", optional_time(a.finished_at)},
                   {"outcome", optional(a.outcome)},
                   {"detail", a.detail},
                   {"retry_at", optional_time(a.retry_at)}});
  }
  return out;
}

nlohmann::json clicks_json(const store::ClickTally& tally) {
  return {{"clicks", tally.clicks},
          {"unique_clicks", tally.unique_clicks},
          {"bot_clicks", tally.bot_clicks}};
}

}  // namespace pv::sharing
