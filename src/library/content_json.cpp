#include "library/content_json.h"

#include "library/content.h"
#include "util/time.h"

namespace pv::library {
namespace {

nlohmann::json time_or_null(const std::optional<TimePoint>& t) {
  return t ? nlohmann::json(format_time(*t)) : nlohmann::json(nullptr);
}

template <class T>
nlohmann::json or_null(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json library_json(const store::ContentItemRow& item, const store::ContentVersionRow& v,
                            TimePoint now) {
  return {{"id", item.id},
          {"version", v.version},
          {"status", effective_status(v, now)},
          {"title", v.title},
          {"body", v.body},
          {"url", or_null(v.url)},
          {"media_id", or_null(v.media_id)},
          {"language", v.language},
          {"tags", v.tags},
          {"groups", v.groups},
          {"promotional", v.promotional},
          {"captions", captions_json(captions_from_stored(v.captions))},
          {"caption_policy", v.caption_policy},
          {"starts_at", time_or_null(v.starts_at)},
          {"expires_at", time_or_null(v.expires_at)},
          {"approved_at", time_or_null(v.approved_at)}};
}

nlohmann::json content_json(const store::ContentItemRow& item, const store::ContentVersionRow& v,
                            TimePoint now) {
  nlohmann::json out = library_json(item, v, now);
  out["verdict"] = v.verdict ? nlohmann::json::parse(*v.verdict) : nlohmann::json(nullptr);
  out["charter_version_id"] =
      v.charter_version_id ? nlohmann::json(std::to_string(*v.charter_version_id)) : nullptr;
  out["created_by"] = v.created_by;
  out["created_at"] = format_time(v.created_at);
  out["updated_by"] = v.updated_by;
  out["updated_at"] = format_time(v.updated_at);
  out["submitted_by"] = or_null(v.submitted_by);
  out["submitted_at"] = time_or_null(v.submitted_at);
  out["approved_by"] = or_null(v.approved_by);
  out["latest_version"] = item.latest_version;
  out["live_version"] = or_null(item.live_version);
  out["archived"] = item.archived;
  out["review"] = nullptr;
  return out;
}

nlohmann::json review_summary_json(const store::ReviewRow& review,
                                   const std::optional<store::ReviewDecisionRow>& last) {
  nlohmann::json decision = nullptr;
  if (last) {
    decision = {{"decision", last->decision},
                {"note", last->note},
                {"reason", or_null(last->reason)},
                {"decided_at", format_time(last->decided_at)}};
  }
  return {{"id", review.id},
          {"status", review.status},
          {"level", review.level},
          {"due_at", format_time(review.due_at)},
          {"decision", decision}};
}

}  // namespace pv::library
