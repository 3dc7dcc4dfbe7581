#include "store/sqlite/content_columns.h"

#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {

const char* const kVersionColumns =
    "v.item_id, v.version, v.status, v.title, v.body, v.url, v.media_id, v.language, "
    "v.language_primary, v.tags, v.groups, v.promotional, v.captions, v.caption_policy, "
    "v.starts_at, v.expires_at, v.verdict, v.charter_version_id, v.created_by, v.created_at, "
    "v.updated_by, v.updated_at, v.submitted_by, v.submitted_at, v.approved_by, v.approved_at, "
    "v.seq";

const char* const kItemColumns =
    "i.id, i.latest_version, i.live_version, i.archived, i.created_by, i.created_at";

ContentVersionRow version_row(const Query& q, int first) {
  int c = first;
  ContentVersionRow v;
  v.item_id = q.text(c++);
  v.version = static_cast<int>(q.integer(c++));
  v.status = q.text(c++);
  v.title = q.text(c++);
  v.body = q.text(c++);
  v.url = q.optional_text(c++);
  v.media_id = q.optional_text(c++);
  v.language = q.text(c++);
  v.language_primary = q.text(c++);
  v.tags = from_json_list(q.text(c++));
  v.groups = from_json_list(q.text(c++));
  v.promotional = q.integer(c++) != 0;
  v.captions = q.text(c++);
  v.caption_policy = q.text(c++);
  v.starts_at = from_millis(q.optional_integer(c++));
  v.expires_at = from_millis(q.optional_integer(c++));
  v.verdict = q.optional_text(c++);
  v.charter_version_id = q.optional_integer(c++);
  v.created_by = q.text(c++);
  v.created_at = from_millis(q.integer(c++));
  v.updated_by = q.text(c++);
  v.updated_at = from_millis(q.integer(c++));
  v.submitted_by = q.optional_text(c++);
  v.submitted_at = from_millis(q.optional_integer(c++));
  v.approved_by = q.optional_text(c++);
  v.approved_at = from_millis(q.optional_integer(c++));
  v.seq = q.integer(c++);
  return v;
}

ContentItemRow item_row(const Query& q, int first) {
  ContentItemRow i;
  i.id = q.text(first);
  i.latest_version = static_cast<int>(q.integer(first + 1));
  if (auto live = q.optional_integer(first + 2)) i.live_version = static_cast<int>(*live);
  i.archived = q.integer(first + 3) != 0;
  i.created_by = q.text(first + 4);
  i.created_at = from_millis(q.integer(first + 5));
  return i;
}

}  // namespace pv::store::sqlite
