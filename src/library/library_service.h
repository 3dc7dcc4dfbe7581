// The library as advisors see it (API.md): only approved items live for them
// (inside their share window, targeted to one of their groups or to all, not
// archived), in their language first, newest approval first; searchable
// (search.h). Each item comes with the caption variant assigned to this
// advisor per network: rotated across advisors, so that colleagues do not all
// post the same words, and stored per advisor, item version and network, so
// that the preview and the share use the same one.
//
// Thread-safe: the store serialises writes.
#pragma once

#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "auth/user.h"
#include "library/content_service.h"
#include "policy/network.h"
#include "store/database.h"
#include "util/result.h"

namespace pv::library {

struct LibraryQuery {
  std::optional<std::string> q;
  std::optional<std::string> tag;
  std::optional<std::string> language;
  std::optional<std::string> network;
  std::optional<std::string> cursor;
  int limit = 50;
};

struct AssignedCaption {
  std::string item_id;
  int version = 0;
  policy::Network network = policy::Network::kLinkedIn;
  int variant = 0;
  std::string text;
};

// Whether `user` may see the version: live at `now`, and targeted to all or
// to one of the user's groups.
bool visible_to(const auth::User& user, const store::ContentItemRow& item,
                const store::ContentVersionRow& version, TimePoint now);

class LibraryService {
 public:
  LibraryService(store::Database& db, const Clock& clock);

  // 422 for a bad cursor.
  Result<ContentPage> list(const auth::User& advisor, const LibraryQuery& query);
  // 404 when the advisor cannot see it.
  Result<nlohmann::json> get(const auth::User& advisor, const std::string& id);
  // The caption assigned to the advisor for the live version of `id` on
  // `network` (assigned now when it was not yet): 404 when the advisor cannot
  // see the item, 422 no_caption when it has none for that network.
  Result<AssignedCaption> caption_for(const auth::User& advisor, const std::string& id,
                                      policy::Network network);

 private:
  // The advisor's variant of each network of each row, assigning the missing
  // ones in one write. Indexed like `rows`.
  std::vector<std::map<policy::Network, int>> assignments(
      const auth::User& advisor, const std::vector<store::ContentRow>& rows);
  nlohmann::json item_json(const store::ContentRow& row,
                           const std::map<policy::Network, int>& assigned, bool shared) const;
  // Which of `rows` the advisor has shared already (a share not cancelled,
  // blocked or rejected).
  std::set<std::string> shared_by(const auth::User& advisor,
                                  const std::vector<store::ContentRow>& rows);

  store::Database& db_;
  const Clock& clock_;
};

}  // namespace pv::library
