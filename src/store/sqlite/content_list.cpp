// The content lists: the authors' view (each item's latest version) and the
// advisors' library (each item's live version that they may see now). Every
// filter is a bound parameter, NULL for "any"; a search adds one clause.
#include "store/sqlite/content_columns.h"
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

// ?1 preferred language, ?2 now, ?3 the user's groups (JSON), ?4 tag,
// ?5 language, ?6 network (JSON path), ?7..?9 cursor, ?10 limit, ?11 search.
constexpr const char* kLibrary =
    " FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = "
    "i.live_version "
    "WHERE i.archived = 0 AND v.status = 'approved' "
    "AND (v.starts_at IS NULL OR v.starts_at <= ?2) "
    "AND (v.expires_at IS NULL OR v.expires_at > ?2) "
    "AND (v.groups = '[]' OR EXISTS (SELECT 1 FROM json_each(v.groups) g "
    "     WHERE g.value IN (SELECT value FROM json_each(?3)))) "
    "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM json_each(v.tags) t WHERE t.value = ?4)) "
    "AND (?5 IS NULL OR v.language_primary = ?5) "
    "AND (?6 IS NULL OR json_array_length(v.captions, ?6) > 0) "
    "AND (?7 IS NULL OR (v.language_primary = ?1, v.approved_at, i.id) < (?7, ?8, ?9)) ";
constexpr const char* kLibraryOrder =
    "ORDER BY v.language_primary = ?1 DESC, v.approved_at DESC, i.id DESC LIMIT ?10";

// ?1 status, ?2 now, ?3 group, ?4 tag, ?5 language, ?6 network (JSON path),
// ?7 cursor, ?10 limit, ?11 search.
constexpr const char* kAuthor =
    " FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = "
    "i.latest_version "
    "WHERE (?1 IS NULL OR (CASE WHEN v.status = 'approved' AND v.expires_at IS NOT NULL "
    "     AND v.expires_at <= ?2 THEN 'expired' ELSE v.status END) = ?1) "
    "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each(v.groups) g WHERE g.value = ?3)) "
    "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM json_each(v.tags) t WHERE t.value = ?4)) "
    "AND (?5 IS NULL OR v.language_primary = ?5) "
    "AND (?6 IS NULL OR json_array_length(v.captions, ?6) > 0) "
    "AND (?7 IS NULL OR i.id < ?7) ";
constexpr const char* kAuthorOrder = "ORDER BY i.id DESC LIMIT ?10";

constexpr const char* kSearch =
    "AND v.seq IN (SELECT rowid FROM content_search WHERE content_search MATCH ?11) ";

std::string sql_for(const ContentQuery& query) {
  const bool library = query.view == ContentQuery::View::kLibrary;
  std::string sql = std::string("SELECT ") + kVersionColumns + ", " + kItemColumns + ", " +
                    (library ? "v.language_primary = ?1" : "0");
  sql += library ? kLibrary : kAuthor;
  if (query.match) sql += kSearch;
  sql += library ? kLibraryOrder : kAuthorOrder;
  return sql;
}

std::optional<std::string> network_path(const ContentQuery& query) {
  if (!query.network) return std::nullopt;
  return "$.\"" + *query.network + "\"";
}

}  // namespace

std::vector<ContentRow> list_content(Connection& c, const ContentQuery& query) {
  const bool library = query.view == ContentQuery::View::kLibrary;
  Query q(c, sql_for(query));
  if (library) {
    q.bind(1, query.preferred_language).bind(3, to_json_list(query.user_groups));
  } else {
    q.bind(1, query.status).bind(3, query.group);
  }
  q.bind(2, to_millis(query.now)).bind(4, query.tag).bind(5, query.language);
  q.bind(6, network_path(query));
  if (query.after && library) {
    q.bind(7, query.after->rank).bind(8, query.after->time).bind(9, query.after->item_id);
  } else if (query.after) {
    q.bind(7, query.after->item_id);
  }
  q.bind(10, query.limit);
  if (query.match) q.bind(11, *query.match);
  std::vector<ContentRow> out;
  while (q.step()) {
    ContentRow row;
    row.version = version_row(q, 0);
    row.item = item_row(q, kVersionColumnCount);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace pv::store::sqlite
