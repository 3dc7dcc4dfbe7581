// The columns of content_items and content_versions as the content queries
// select them, and the rows read back from them (content_columns.cpp).
#pragma once

#include "store/content.h"
#include "store/sqlite/connection.h"

namespace pv::store::sqlite {

// content_versions aliased as v: 26 columns, then seq.
extern const char* const kVersionColumns;
inline constexpr int kVersionColumnCount = 27;
// content_items aliased as i: 6 columns.
extern const char* const kItemColumns;

ContentVersionRow version_row(const Query& q, int first);
ContentItemRow item_row(const Query& q, int first);

// The list queries (content_list.cpp).
std::vector<ContentRow> list_content(Connection& c, const ContentQuery& query);

}  // namespace pv::store::sqlite
