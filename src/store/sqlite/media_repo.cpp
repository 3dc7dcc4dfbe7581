// Media files, with their bytes.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO media (id, sha256, content_type, bytes, width, height, data, created_by, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kFindWithData =
    "SELECT id, sha256, content_type, bytes, width, height, created_by, created_at, data "
    "FROM media WHERE id = ?";
constexpr const char* kFind =
    "SELECT id, sha256, content_type, bytes, width, height, created_by, created_at "
    "FROM media WHERE id = ?";
constexpr const char* kFindBySha =
    "SELECT id, sha256, content_type, bytes, width, height, created_by, created_at "
    "FROM media WHERE sha256 = ?";

class SqliteMediaRepo final : public MediaRepo {
 public:
  explicit SqliteMediaRepo(Connection& c) : c_(c) {}

  void insert(const MediaRow& m) override {
    Query q(c_, kInsert);
    q.bind_all(m.id, m.sha256, m.content_type, m.bytes, m.width, m.height);
    q.bind_blob(7, m.data);
    q.bind(8, m.created_by).bind(9, to_millis(m.created_at));
    q.run();
  }

  std::optional<MediaRow> find(const std::string& id, bool with_data) override {
    Query q(c_, with_data ? kFindWithData : kFind);
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    auto out = row(q);
    if (with_data) out.data = q.blob(8);
    return out;
  }

  std::optional<MediaRow> find_by_sha256(const std::string& sha256) override {
    Query q(c_, kFindBySha);
    q.bind(1, sha256);
    if (!q.step()) return std::nullopt;
    return row(q);
  }

 private:
  static MediaRow row(const Query& q) {
    MediaRow m;
    m.id = q.text(0);
    m.sha256 = q.text(1);
    m.content_type = q.text(2);
    m.bytes = q.integer(3);
    if (auto w = q.optional_integer(4)) m.width = static_cast<int>(*w);
    if (auto h = q.optional_integer(5)) m.height = static_cast<int>(*h);
    m.created_by = q.text(6);
    m.created_at = from_millis(q.integer(7));
    return m;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<MediaRepo> make_media_repo(Connection& c) {
  return std::make_unique<SqliteMediaRepo>(c);
}

}  // namespace pv::store::sqlite
