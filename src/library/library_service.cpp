#include "library/library_service.h"

#include <algorithm>

#include "library/content.h"
#include "library/content_json.h"
#include "library/search.h"

namespace pv::library {
namespace {

Error not_found() {
  return Error(ErrorKind::kNotFound, "not_found", "No such content item.");
}

std::int64_t millis(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

std::string cursor_of(const store::ContentRow& row, const std::string& preferred) {
  const int rank = row.version.language_primary == preferred ? 1 : 0;
  return "l:" + std::to_string(rank) + ":" + std::to_string(millis(*row.version.approved_at)) +
         ":" + row.item.id;
}

std::optional<store::ContentCursor> parse_cursor(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto bad = [] { return Error::invalid_field("cursor", "is not a cursor of this list"); };
  if (text->rfind("l:", 0) != 0) throw bad();
  auto second = text->find(':', 2);
  auto third = second == std::string::npos ? second : text->find(':', second + 1);
  if (third == std::string::npos) throw bad();
  try {
    return store::ContentCursor{std::stoll(text->substr(2, second - 2)),
                                std::stoll(text->substr(second + 1, third - second - 1)),
                                text->substr(third + 1)};
  } catch (const std::exception&) {
    throw bad();
  }
}

}  // namespace

bool visible_to(const auth::User& user, const store::ContentItemRow& item,
                const store::ContentVersionRow& version, TimePoint now) {
  if (!is_live(item, version, now)) return false;
  if (version.groups.empty()) return true;
  return std::any_of(version.groups.begin(), version.groups.end(), [&](const std::string& g) {
    return std::find(user.groups.begin(), user.groups.end(), g) != user.groups.end();
  });
}

LibraryService::LibraryService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

std::vector<std::map<policy::Network, int>> LibraryService::assignments(
    const auth::User& advisor, const std::vector<store::ContentRow>& rows) {
  std::vector<std::map<policy::Network, int>> out(rows.size());
  bool missing = false;
  db_.read([&](store::Tx& tx) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& v = rows[i].version;
      for (const auto& [network, variants] : captions_from_stored(v.captions)) {
        auto assigned = tx.content().assigned_variant(advisor.id, v.item_id, v.version,
                                                      std::string(policy::to_string(network)));
        if (assigned) {
          out[i][network] = *assigned;
        } else {
          missing = true;
        }
      }
    }
  });
  if (!missing) return out;
  const TimePoint now = clock_.now();
  db_.write([&](store::Tx& tx) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& v = rows[i].version;
      for (const auto& [network, variants] : captions_from_stored(v.captions)) {
        if (out[i].contains(network)) continue;
        const std::string name(policy::to_string(network));
        // Read again: the same advisor may have been given one meanwhile.
        auto assigned = tx.content().assigned_variant(advisor.id, v.item_id, v.version, name);
        if (!assigned) {
          // Round robin: the k-th advisor given a variant gets variant k mod n.
          const int given = tx.content().assignment_count(v.item_id, v.version, name);
          assigned = given % static_cast<int>(variants.size());
          tx.content().assign_variant(advisor.id, v.item_id, v.version, name, *assigned, now);
        }
        out[i][network] = *assigned;
      }
    }
  });
  return out;
}

std::set<std::string> LibraryService::shared_by(const auth::User& advisor,
                                                const std::vector<store::ContentRow>& rows) {
  std::vector<std::string> ids;
  for (const auto& row : rows)
    ids.push_back(row.item.id);
  return db_.read_value([&](store::Tx& tx) { return tx.shares().shared_content(advisor.id, ids); });
}

nlohmann::json LibraryService::item_json(const store::ContentRow& row,
                                         const std::map<policy::Network, int>& assigned,
                                         bool shared) const {
  auto out = library_json(row.item, row.version, clock_.now());
  const auto captions = captions_from_stored(row.version.captions);
  nlohmann::json mine = nlohmann::json::object();
  for (const auto& [network, variant] : assigned) {
    const auto& variants = captions.at(network);
    mine[std::string(policy::to_string(network))] = {
        {"variant", variant},
        {"text", variants.at(static_cast<std::size_t>(variant) % variants.size())}};
  }
  out["assigned_captions"] = std::move(mine);
  out["shared"] = shared;  // by this advisor already
  return out;
}

Result<ContentPage> LibraryService::list(const auth::User& advisor, const LibraryQuery& query) {
  return catch_error([&] {
    store::ContentQuery q;
    q.view = store::ContentQuery::View::kLibrary;
    q.now = clock_.now();
    q.user_groups = advisor.groups;
    q.preferred_language = primary_language(advisor.language);
    q.tag = query.tag;
    q.language = query.language;
    q.network = query.network;
    if (query.q) q.match = match_query(*query.q);
    q.after = parse_cursor(query.cursor);
    q.limit = query.limit;
    auto rows = db_.read_value([&](store::Tx& tx) { return tx.content().list(q); });
    auto assigned = assignments(advisor, rows);
    auto shared = shared_by(advisor, rows);
    ContentPage page;
    for (std::size_t i = 0; i < rows.size(); ++i)
      page.items.push_back(item_json(rows[i], assigned[i], shared.contains(rows[i].item.id)));
    if (static_cast<int>(rows.size()) == query.limit && !rows.empty()) {
      page.next = cursor_of(rows.back(), q.preferred_language);
    }
    return page;
  });
}

Result<nlohmann::json> LibraryService::get(const auth::User& advisor, const std::string& id) {
  auto row = db_.read_value([&](store::Tx& tx) -> std::optional<store::ContentRow> {
    auto item = tx.content().find_item(id);
    if (!item || !item->live_version) return std::nullopt;
    auto version = tx.content().find_version(id, *item->live_version);
    if (!version) return std::nullopt;
    return store::ContentRow{*item, *version};
  });
  if (!row || !visible_to(advisor, row->item, row->version, clock_.now())) return not_found();
  auto assigned = assignments(advisor, {*row});
  return item_json(*row, assigned.front(), !shared_by(advisor, {*row}).empty());
}

Result<AssignedCaption> LibraryService::caption_for(const auth::User& advisor,
                                                    const std::string& id,
                                                    policy::Network network) {
  auto item = get(advisor, id);
  if (!item) return item.error();
  const std::string name(policy::to_string(network));
  const auto& mine = (*item)["assigned_captions"];
  if (!mine.contains(name)) {
    return Error(ErrorKind::kInvalid, "no_caption", "This item has no caption for " + name + ".",
                 {{"network", name}});
  }
  return AssignedCaption{id, (*item)["version"].get<int>(), network,
                         mine[name]["variant"].get<int>(), mine[name]["text"].get<std::string>()};
}

}  // namespace pv::library
