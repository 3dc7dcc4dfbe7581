#include "sharing/publisher.h"

#include "sharing/tracked_link.h"

namespace pv::sharing {

PublishOutcome to_outcome(const networks::Outcome<networks::Published>& result) {
  PublishOutcome o;
  if (result) {
    o.result = PublishResult::kPublished;
    o.post_id = result->post_id;
    o.post_url = result->post_url;
    return o;
  }
  const auto& f = result.failure();
  switch (f.kind) {
    case networks::FailureClass::kNeedsReconnect: o.result = PublishResult::kNeedsReconnect; break;
    case networks::FailureClass::kRateLimited: o.result = PublishResult::kRateLimited; break;
    case networks::FailureClass::kTransient: o.result = PublishResult::kTransient; break;
    case networks::FailureClass::kRejected: o.result = PublishResult::kRejected; break;
    case networks::FailureClass::kUnknownOutcome: o.result = PublishResult::kUnknownOutcome; break;
  }
  o.retry_at = f.retry_at;
  o.reason = f.reason;
  if (!f.code.empty()) o.reason = f.code + ": " + o.reason;
  if (f.http_status != 0) o.reason = "HTTP " + std::to_string(f.http_status) + " " + o.reason;
  return o;
}

PublishFn network_publisher(networks::AccountService& accounts, const std::string& public_url) {
  return [&accounts, public_url](const ClaimedJob& job) {
    const auto& share = job.share;
    if (!share.account_id) {
      PublishOutcome o;
      o.result = PublishResult::kRejected;
      o.reason = "no connected account for this share";
      return o;
    }
    networks::PostContent content;
    content.text = share.text;
    // The link is already in the text; networks that draw a card take it too.
    if (share.link_code) content.link_url = tracked_link_url(public_url, *share.link_code);
    return to_outcome(accounts.publish(*share.account_id, content));
  };
}

}  // namespace pv::sharing
