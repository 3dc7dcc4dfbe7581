// Tracked links, their clicks and the daily salts (schema 7); the analytics
// aggregates read them with the shares. src/analytics gives them meaning.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct LinkRow {
  std::string code;
  std::string share_id;
  std::string target_url;
  TimePoint created_at;
};

struct ClickRow {
  std::string code;
  std::string share_id;
  TimePoint at;
  std::string visitor;  // hex keyed hash; never the address
  bool bot = false;
  std::string agent;
};

struct ClickTally {
  std::int64_t clicks = 0;         // people, not bots
  std::int64_t unique_clicks = 0;  // distinct visitors among them
  std::int64_t bot_clicks = 0;
};

// The facts the analytics summary aggregates (src/analytics groups them by
// content, advisor, network, group or local day).
struct PublishedFact {
  std::string share_id;
  std::string user_id;
  std::string content_id;
  std::string network;
  TimePoint published_at;
};
struct ClickFact {
  std::string share_id;
  std::string user_id;
  std::string content_id;
  std::string network;
  TimePoint at;
  std::string visitor;
};

class LinkRepo {
 public:
  virtual ~LinkRepo() = default;
  virtual void insert(const LinkRow& link) = 0;
  virtual std::optional<LinkRow> find(const std::string& code) = 0;
  virtual std::optional<LinkRow> find_for_share(const std::string& share_id) = 0;

  virtual void insert_click(const ClickRow& click) = 0;
  virtual ClickTally tally_for_share(const std::string& share_id) = 0;

  // The salt of local day `day` ("YYYY-MM-DD"): `candidate` if none was
  // stored yet (it is then stored), otherwise the stored one, so that every
  // server uses the same. Deletes the salts of days before `keep_from`.
  virtual std::string day_salt(const std::string& day, const std::string& candidate,
                               const std::string& keep_from, TimePoint now) = 0;

  // Shares published in [from, to), and people's clicks (not bots') in
  // [from, to), optionally only those of one advisor's shares.
  virtual void scan_published(TimePoint from, TimePoint to,
                              const std::optional<std::string>& user_id,
                              const std::function<void(const PublishedFact&)>& fn) = 0;
  virtual void scan_clicks(TimePoint from, TimePoint to, const std::optional<std::string>& user_id,
                           const std::function<void(const ClickFact&)>& fn) = 0;
};

}  // namespace pv::store
