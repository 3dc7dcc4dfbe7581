#include "integration/sharing_fixture.h"

#include <fstream>
#include <sstream>
#include <thread>

#include <boost/url/parse.hpp>

namespace pv::testing {
namespace {

std::string target_of(const std::string& url) {
  auto u = boost::urls::parse_uri(url);
  return std::string(u->encoded_target());
}

nlohmann::json example_charter() {
  std::ifstream in(std::string(PV_SOURCE_DIR) + "/schema/charter/example.json");
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

}  // namespace

void SharingFixture::set_up(const nlohmann::json& config) {
  standin_ = std::make_unique<StandinProcess>(dir_.path() / "standin");
  nlohmann::json merged = {{"networks", standin_->networks_config()},
                           {"sharing",
                            {{"poll_interval_ms", 50},
                             {"min_minutes_between_posts", 0},
                             {"retry_base_seconds", 1},
                             {"retry_max_seconds", 1},
                             {"publish_lease_seconds", 60},
                             {"sample_rate", 0},
                             {"sample_min_per_month", 0}}}};
  merged.merge_patch(config);
  start(merged);
  tokens_["admin"] = bearer_token(admin_email_);
  struct Person {
    const char* key;
    std::vector<std::string> roles;
    nlohmann::json extra;
  };
  const std::vector<Person> people = {
      {"marketing", {"marketing"}, nullptr},
      {"compliance", {"compliance"}, nullptr},
      {"advisor",
       {"advisor"},
       {{"function", "advisor"},
        {"region", "ON"},
        {"language", "en-CA"},
        {"tags", {"registered"}}}},
      {"quebec",
       {"advisor"},
       {{"function", "advisor"},
        {"region", "QC"},
        {"language", "fr-CA"},
        {"tags", {"registered"}}}},
  };
  for (const auto& p : people) {
    const std::string email = std::string(p.key) + "@sharing.example";
    user_ids_[p.key] = add_user(email, p.roles, p.extra);
    tokens_[p.key] = bearer_token(email);
  }
  auto published = call("compliance", "PUT", "/api/v1/charter", example_charter());
  ASSERT_EQ(published.status, 201) << published.body;
  const std::string version_id = published.json()["version_id"];
  for (const char* advisor : {"advisor", "quebec"}) {
    auto ack = call(advisor, "POST", "/api/v1/charter/acknowledge", {{"version_id", version_id}});
    ASSERT_EQ(ack.status, 204) << ack.body;
  }
}

void SharingFixture::set_up_trusting_proxy() {
  std::filesystem::remove_all(dir_.path() / "data");
  standin_.reset();
  std::filesystem::remove_all(dir_.path() / "standin");
  tokens_.clear();
  user_ids_.clear();
  set_up({{"server", {{"trust_forwarded_for", true}}}});
}

HttpResponse SharingFixture::call(const std::string& who, const std::string& method,
                                  const std::string& target, const nlohmann::json& body,
                                  HeaderList headers) {
  for (const auto& h : bearer(tokens_.at(who)))
    headers.push_back(h);
  if (body.is_null()) return client()->request(method, target, headers);
  headers.emplace_back("Content-Type", "application/json");
  return client()->request(method, target, headers, body.dump());
}

void SharingFixture::connect(const std::string& who, const std::string& network) {
  auto start = call(who, "GET", "/api/v1/networks/" + network + "/connect");
  ASSERT_EQ(start.status, 302) << start.body;
  HttpClient network_site(standin_->address());
  auto consent = network_site.get(target_of(start.header("Location").value_or("")));
  ASSERT_EQ(consent.status, 302) << consent.body;
  auto back = client()->get(target_of(consent.header("Location").value_or("")));
  ASSERT_EQ(back.status, 302) << back.body;
}

std::string SharingFixture::approved_item(const std::string& title, const nlohmann::json& extra) {
  ++item_counter_;
  const std::string n = std::to_string(item_counter_);
  nlohmann::json body = {{"title", title},
                         {"body", "Our notes on " + title + "."},
                         {"url", "https://www.heritage.example/insights/" + n + "?lang=en#top"},
                         {"language", "en"},
                         {"captions",
                          {{"linkedin", {title + ": our quarterly notes (" + n + ")."}},
                           {"x", {title + " (" + n + ")"}},
                           {"facebook", {title + ", in a few words (" + n + ")."}}}}};
  if (extra.is_object()) body.merge_patch(extra);
  auto created = call("marketing", "POST", "/api/v1/content", body);
  EXPECT_EQ(created.status, 201) << created.body;
  const std::string id = created.json()["id"];
  auto submitted = call("marketing", "POST", "/api/v1/content/" + id + "/submit");
  EXPECT_EQ(submitted.status, 200) << submitted.body;
  const std::string review = submitted.json()["review"]["id"];
  auto decided = call("compliance", "POST", "/api/v1/reviews/" + review + "/decision",
                      {{"decision", "approve"}});
  EXPECT_EQ(decided.status, 200) << decided.body;
  return id;
}

nlohmann::json SharingFixture::share(const std::string& who, const nlohmann::json& body,
                                     int status) {
  auto r = call(who, "POST", "/api/v1/shares", body);
  EXPECT_EQ(r.status, status) << r.body;
  if (r.status != 201) return r.json();
  return r.json()["shares"];
}

nlohmann::json SharingFixture::get_share(const std::string& share_id) {
  auto r = call("compliance", "GET", "/api/v1/shares/" + share_id);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.json();
}

nlohmann::json SharingFixture::wait_for(const std::string& share_id, const std::string& status) {
  nlohmann::json share;
  for (int i = 0; i < 100; ++i) {
    share = get_share(share_id);
    if (share["status"] == status) return share;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ADD_FAILURE() << "share " << share_id << " is " << share["status"] << ", not " << status << ": "
                << share.dump();
  return share;
}

}  // namespace pv::testing
