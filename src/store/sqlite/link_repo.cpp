// Tracked links, clicks, the daily salts, and the facts the analytics read.
#include "store/sqlite/repositories.h"

namespace pv::store::sqlite {
namespace {

constexpr const char* kInsert =
    "INSERT INTO links (code, share_id, target_url, created_at) VALUES (?, ?, ?, ?)";
constexpr const char* kSelect = "SELECT code, share_id, target_url, created_at FROM links ";
constexpr const char* kInsertClick =
    "INSERT INTO clicks (code, share_id, at, visitor, bot, agent) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kTally =
    "SELECT coalesce(sum(bot = 0), 0), count(DISTINCT CASE WHEN bot = 0 THEN visitor END), "
    "coalesce(sum(bot), 0) FROM clicks WHERE share_id = ?";
constexpr const char* kSaltInsert =
    "INSERT INTO click_salts (day, salt, created_at) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING";
constexpr const char* kSaltSelect = "SELECT salt FROM click_salts WHERE day = ?";
constexpr const char* kSaltPrune = "DELETE FROM click_salts WHERE day < ?";
constexpr const char* kPublished =
    "SELECT id, user_id, content_id, network, published_at FROM shares "
    "WHERE status = 'published' AND published_at >= ?1 AND published_at < ?2 "
    "AND (?3 IS NULL OR user_id = ?3) ORDER BY published_at";
constexpr const char* kClicks =
    "SELECT s.id, s.user_id, s.content_id, s.network, c.at, c.visitor FROM clicks c "
    "JOIN shares s ON s.id = c.share_id WHERE c.bot = 0 AND c.at >= ?1 AND c.at < ?2 "
    "AND (?3 IS NULL OR s.user_id = ?3) ORDER BY c.at";

class SqliteLinkRepo final : public LinkRepo {
 public:
  explicit SqliteLinkRepo(Connection& c) : c_(c) {}

  void insert(const LinkRow& l) override {
    Query(c_, kInsert).bind_all(l.code, l.share_id, l.target_url, to_millis(l.created_at)).run();
  }
  std::optional<LinkRow> find(const std::string& code) override {
    return one(std::string(kSelect) + "WHERE code = ?", code);
  }
  std::optional<LinkRow> find_for_share(const std::string& share_id) override {
    return one(std::string(kSelect) + "WHERE share_id = ?", share_id);
  }

  void insert_click(const ClickRow& k) override {
    Query(c_, kInsertClick)
        .bind_all(k.code, k.share_id, to_millis(k.at), k.visitor, k.bot, k.agent)
        .run();
  }
  ClickTally tally_for_share(const std::string& share_id) override {
    Query q(c_, kTally);
    q.bind(1, share_id);
    ClickTally t;
    if (q.step()) t = ClickTally{q.integer(0), q.integer(1), q.integer(2)};
    return t;
  }

  std::string day_salt(const std::string& day, const std::string& candidate,
                       const std::string& keep_from, TimePoint now) override {
    Query(c_, kSaltPrune).bind_all(keep_from).run();
    Query(c_, kSaltInsert).bind_all(day, candidate, to_millis(now)).run();
    Query q(c_, kSaltSelect);
    q.bind(1, day);
    q.step();
    return q.text(0);
  }

  void scan_published(TimePoint from, TimePoint to, const std::optional<std::string>& user_id,
                      const std::function<void(const PublishedFact&)>& fn) override {
    Query q(c_, kPublished);
    q.bind_all(to_millis(from), to_millis(to), user_id);
    while (q.step()) {
      fn(PublishedFact{q.text(0), q.text(1), q.text(2), q.text(3), from_millis(q.integer(4))});
    }
  }
  void scan_clicks(TimePoint from, TimePoint to, const std::optional<std::string>& user_id,
                   const std::function<void(const ClickFact&)>& fn) override {
    Query q(c_, kClicks);
    q.bind_all(to_millis(from), to_millis(to), user_id);
    while (q.step()) {
      fn(ClickFact{q.text(0), q.text(1), q.text(2), q.text(3), from_millis(q.integer(4)),
                   q.text(5)});
    }
  }

 private:
  std::optional<LinkRow> one(const std::string& sql, const std::string& key) {
    Query q(c_, sql);
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    return LinkRow{q.text(0), q.text(1), q.text(2), from_millis(q.integer(3))};
  }
  Connection& c_;
};

}  // namespace

std::unique_ptr<LinkRepo> make_link_repo(Connection& c) {
  return std::make_unique<SqliteLinkRepo>(c);
}

}  // namespace pv::store::sqlite
