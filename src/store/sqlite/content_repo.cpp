// Content items, their versions and search index, and caption assignments.
// The list queries are in content_list.cpp.
#include "store/sqlite/content_columns.h"
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsertItem =
    "INSERT INTO content_items (id, latest_version, live_version, archived, created_by, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdateItem =
    "UPDATE content_items SET latest_version = ?2, live_version = ?3, archived = ?4 WHERE id = ?1";
constexpr const char* kFindItem =
    "SELECT id, latest_version, live_version, archived, created_by, created_at "
    "FROM content_items WHERE id = ?";
constexpr const char* kInsertVersion =
    "INSERT INTO content_versions (item_id, version, status, title, body, url, media_id, "
    "language, language_primary, tags, groups, promotional, captions, caption_policy, starts_at, "
    "expires_at, verdict, charter_version_id, created_by, created_at, updated_by, updated_at, "
    "submitted_by, submitted_at, approved_by, approved_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdateVersion =
    "UPDATE content_versions SET status = ?3, title = ?4, body = ?5, url = ?6, media_id = ?7, "
    "language = ?8, language_primary = ?9, tags = ?10, groups = ?11, promotional = ?12, "
    "captions = ?13, caption_policy = ?14, starts_at = ?15, expires_at = ?16, verdict = ?17, "
    "charter_version_id = ?18, updated_by = ?19, updated_at = ?20, submitted_by = ?21, "
    "submitted_at = ?22, approved_by = ?23, approved_at = ?24 "
    "WHERE item_id = ?1 AND version = ?2 RETURNING seq";
constexpr const char* kDeleteSearch = "DELETE FROM content_search WHERE rowid = ?";
constexpr const char* kInsertSearch =
    "INSERT INTO content_search (rowid, title, body, captions, tags) VALUES (?, ?, ?, ?, ?)";
constexpr const char* kAssigned =
    "SELECT variant FROM caption_assignments "
    "WHERE user_id = ? AND item_id = ? AND version = ? AND network = ?";
constexpr const char* kAssignmentCount =
    "SELECT count(*) FROM caption_assignments WHERE item_id = ? AND version = ? AND network = ?";
constexpr const char* kAssign =
    "INSERT INTO caption_assignments (user_id, item_id, version, network, variant, assigned_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";

class SqliteContentRepo final : public ContentRepo {
 public:
  explicit SqliteContentRepo(Connection& c) : c_(c) {}

  void insert_item(const ContentItemRow& i) override {
    Query(c_, kInsertItem)
        .bind_all(i.id, i.latest_version, i.live_version, i.archived, i.created_by,
                  to_millis(i.created_at))
        .run();
  }

  void update_item(const ContentItemRow& i) override {
    Query(c_, kUpdateItem).bind_all(i.id, i.latest_version, i.live_version, i.archived).run();
  }

  std::optional<ContentItemRow> find_item(const std::string& id) override {
    Query q(c_, kFindItem);
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return item_row(q, 0);
  }

  std::int64_t insert_version(const ContentVersionRow& v,
                              const ContentSearchText& search) override {
    Query(c_, kInsertVersion)
        .bind_all(v.item_id, v.version, v.status, v.title, v.body, v.url, v.media_id, v.language,
                  v.language_primary, to_json_list(v.tags), to_json_list(v.groups), v.promotional,
                  v.captions, v.caption_policy, to_millis(v.starts_at), to_millis(v.expires_at),
                  v.verdict, v.charter_version_id, v.created_by, to_millis(v.created_at),
                  v.updated_by, to_millis(v.updated_at), v.submitted_by, to_millis(v.submitted_at),
                  v.approved_by, to_millis(v.approved_at))
        .run();
    const std::int64_t seq = c_.last_insert_id();
    index(seq, search);
    return seq;
  }

  void update_version(const ContentVersionRow& v,
                      const std::optional<ContentSearchText>& search) override {
    std::int64_t seq = 0;
    {
      Query q(c_, kUpdateVersion);
      q.bind_all(v.item_id, v.version, v.status, v.title, v.body, v.url, v.media_id, v.language,
                 v.language_primary, to_json_list(v.tags), to_json_list(v.groups), v.promotional,
                 v.captions, v.caption_policy, to_millis(v.starts_at), to_millis(v.expires_at),
                 v.verdict, v.charter_version_id, v.updated_by, to_millis(v.updated_at),
                 v.submitted_by, to_millis(v.submitted_at), v.approved_by,
                 to_millis(v.approved_at));
      if (!q.step()) return;  // no such version
      seq = q.integer(0);
      q.run();
    }
    if (search) {
      Query(c_, kDeleteSearch).bind_all(seq).run();
      index(seq, *search);
    }
  }

  std::optional<ContentVersionRow> find_version(const std::string& item_id, int version) override {
    Query q(c_, std::string("SELECT ") + kVersionColumns +
                    " FROM content_versions v WHERE v.item_id = ? AND v.version = ?");
    q.bind_all(item_id, version);
    if (!q.step()) return std::nullopt;
    return version_row(q, 0);
  }

  std::vector<ContentVersionRow> versions(const std::string& item_id) override {
    Query q(c_, std::string("SELECT ") + kVersionColumns +
                    " FROM content_versions v WHERE v.item_id = ? ORDER BY v.version");
    q.bind(1, item_id);
    std::vector<ContentVersionRow> out;
    while (q.step())
      out.push_back(version_row(q, 0));
    return out;
  }

  std::vector<ContentRow> list(const ContentQuery& query) override {
    return list_content(c_, query);
  }

  std::optional<int> assigned_variant(const std::string& user_id, const std::string& item_id,
                                      int version, const std::string& network) override {
    Query q(c_, kAssigned);
    q.bind_all(user_id, item_id, version, network);
    if (!q.step()) return std::nullopt;
    return static_cast<int>(q.integer(0));
  }

  int assignment_count(const std::string& item_id, int version,
                       const std::string& network) override {
    Query q(c_, kAssignmentCount);
    q.bind_all(item_id, version, network);
    q.step();
    return static_cast<int>(q.integer(0));
  }

  void assign_variant(const std::string& user_id, const std::string& item_id, int version,
                      const std::string& network, int variant, TimePoint at) override {
    Query(c_, kAssign).bind_all(user_id, item_id, version, network, variant, to_millis(at)).run();
  }

 private:
  void index(std::int64_t seq, const ContentSearchText& s) {
    Query(c_, kInsertSearch).bind_all(seq, s.title, s.body, s.captions, s.tags).run();
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<ContentRepo> make_content_repo(Connection& c) {
  return std::make_unique<SqliteContentRepo>(c);
}

}  // namespace pv::store::sqlite
