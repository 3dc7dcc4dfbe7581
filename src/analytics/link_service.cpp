#include "analytics/link_service.h"

#include "analytics/click_classifier.h"
#include "analytics/visitor_key.h"
#include "sharing/tracked_link.h"

namespace pv::analytics {
namespace {

Error unknown_link() {
  return Error(ErrorKind::kNotFound, "not_found", "No such link.");
}

}  // namespace

LinkService::LinkService(store::Database& db, const Clock& clock, ClickSalts& salts)
    : db_(db), clock_(clock), salts_(salts) {}

Result<std::string> LinkService::follow(const std::string& code, const ClickRequest& request) {
  // Checked before the store is asked: scanning for codes costs no write.
  if (!sharing::is_link_code(code)) return unknown_link();
  const ClickClass kind = classify_click(request.method, request.user_agent);
  const std::string visitor = visitor_key(salts_.current(), request.address, request.user_agent);
  std::optional<std::string> target;
  db_.write([&](store::Tx& tx) {
    auto link = tx.links().find(code);
    if (!link) return;
    target = link->target_url;
    tx.links().insert_click(
        store::ClickRow{code, link->share_id, clock_.now(), visitor, kind.bot, kind.agent});
  });
  if (!target) return unknown_link();
  return *target;
}

}  // namespace pv::analytics
