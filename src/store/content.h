// Content items and their versions as stored, the full-text index over their
// folded words, and the caption variant given to each advisor. src/library
// gives them their meaning (lifecycle, targeting, rotation).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.h"

namespace pv::store {

struct ContentItemRow {
  std::string id;
  int latest_version = 1;
  std::optional<int> live_version;  // the approved version advisors see
  bool archived = false;
  std::string created_by;
  TimePoint created_at;
};

struct ContentVersionRow {
  std::int64_t seq = 0;  // assigned by insert_version()
  std::string item_id;
  int version = 1;
  std::string status;  // draft, pending, approved, rejected, archived, superseded
  std::string title;
  std::string body;
  std::optional<std::string> url;
  std::optional<std::string> media_id;
  std::string language;
  std::string language_primary;
  std::vector<std::string> tags;
  std::vector<std::string> groups;  // group ids; empty: everyone
  bool promotional = false;
  std::string captions;  // JSON object: network -> array of strings
  std::string caption_policy;
  std::optional<TimePoint> starts_at;
  std::optional<TimePoint> expires_at;
  std::optional<std::string> verdict;  // JSON
  std::optional<std::int64_t> charter_version_id;
  std::string created_by;
  TimePoint created_at;
  std::string updated_by;
  TimePoint updated_at;
  std::optional<std::string> submitted_by;
  std::optional<TimePoint> submitted_at;
  std::optional<std::string> approved_by;
  std::optional<TimePoint> approved_at;
};

// The folded words of a version's searchable fields, separated by spaces.
struct ContentSearchText {
  std::string title;
  std::string body;
  std::string captions;
  std::string tags;
};

struct ContentRow {
  ContentItemRow item;
  ContentVersionRow version;
};

// Where a page of a list ends: the sort key of its last row.
struct ContentCursor {
  std::int64_t rank = 0;  // library: 1 in the preferred language, else 0
  std::int64_t time = 0;  // library: approval time, in ms
  std::string item_id;
};

struct ContentQuery {
  enum class View {
    // Each item's latest version, newest item first (marketing, compliance).
    kAuthor,
    // Each item's live version that `user_groups` may see at `now`: preferred
    // language first, then newest approval first (advisors).
    kLibrary,
  };
  View view = View::kAuthor;
  TimePoint now;
  std::vector<std::string> user_groups;  // kLibrary
  std::string preferred_language;        // kLibrary: a primary subtag
  std::optional<std::string> status;     // kAuthor; "expired" included
  std::optional<std::string> tag;
  std::optional<std::string> language;  // a primary subtag
  std::optional<std::string> network;   // has captions for it
  std::optional<std::string> group;     // kAuthor: targeted to it
  std::optional<std::string> match;     // an FTS5 query over the folded words
  std::optional<ContentCursor> after;
  int limit = 50;
};

class ContentRepo {
 public:
  virtual ~ContentRepo() = default;

  virtual void insert_item(const ContentItemRow& row) = 0;
  virtual void update_item(const ContentItemRow& row) = 0;
  virtual std::optional<ContentItemRow> find_item(const std::string& id) = 0;

  // Returns the new version's seq; indexes `search`.
  virtual std::int64_t insert_version(const ContentVersionRow& row,
                                      const ContentSearchText& search) = 0;
  // Replaces every field of the version (item_id, version) but seq and its
  // creation; re-indexes it when `search` is given.
  virtual void update_version(const ContentVersionRow& row,
                              const std::optional<ContentSearchText>& search) = 0;
  virtual std::optional<ContentVersionRow> find_version(const std::string& item_id,
                                                        int version) = 0;
  // Every version of an item, oldest first.
  virtual std::vector<ContentVersionRow> versions(const std::string& item_id) = 0;

  virtual std::vector<ContentRow> list(const ContentQuery& query) = 0;

  // Caption rotation: the variant given to a user for an item version and network.
  virtual std::optional<int> assigned_variant(const std::string& user_id,
                                              const std::string& item_id, int version,
                                              const std::string& network) = 0;
  // How many users were given a variant of this item version and network.
  virtual int assignment_count(const std::string& item_id, int version,
                               const std::string& network) = 0;
  virtual void assign_variant(const std::string& user_id, const std::string& item_id, int version,
                              const std::string& network, int variant, TimePoint at) = 0;
};

}  // namespace pv::store
