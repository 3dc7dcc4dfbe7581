// The usage charter in the server: publishing versions, checking texts
// against the version in force, acknowledgements.
#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

// A small charter of our own: one blocking term, one disclaimer.
nlohmann::json small_charter(const std::string& version, const std::string& term) {
  return {{"id", "test"},
          {"version", version},
          {"rules",
           {{{"id", "test.term"},
             {"category", "test"},
             {"action", "block"},
             {"match", term},
             {"message", {{"en", "Do not say it."}, {"fr", "Ne le dites pas."}}}}}},
          {"disclaimers",
           {{{"id", "mine"}, {"text", {{"en", "My own views."}, {"fr", "Mes opinions."}}}}}}};
}

class CharterTest : public AppFixture {
 protected:
  void SetUp() override {
    start();
    add_user("comp@test.example", {"compliance"});
    add_user("adv@test.example", {"advisor"}, {{"language", "fr-CA"}});
    compliance_ = bearer_token("comp@test.example");
    advisor_ = bearer_token("adv@test.example");
  }
  HttpResponse put(const nlohmann::json& document) {
    HeaderList headers = bearer(compliance_);
    headers.emplace_back("Content-Type", "application/json");
    return client()->request("PUT", "/api/v1/charter", headers, document.dump());
  }
  HttpResponse check(const std::string& text,
                     const nlohmann::json& context = nlohmann::json::object()) {
    return client()->post_json("/api/v1/charter/check", {{"text", text}, {"context", context}},
                               bearer(advisor_));
  }
  std::string compliance_, advisor_;
};

TEST_F(CharterTest, NothingInForceBeforeTheFirstVersion) {
  EXPECT_EQ(client()->get("/api/v1/charter", bearer(advisor_)).status, 404);
  auto r = check("hello");
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"]["code"], "no_charter");
  EXPECT_EQ(client()->get("/api/v1/me", bearer(advisor_)).json()["charter_acknowledged"], false);
}

TEST_F(CharterTest, PublishedVersionTakesEffectAtOnce) {
  auto first = put(small_charter("1.0", "banana"));
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()["version"], "1.0");
  auto verdict = check("I like Bananas? no, banana!", {{"language", "fr-CA"}});
  ASSERT_EQ(verdict.status, 200) << verdict.body;
  EXPECT_EQ(verdict.json()["verdict"], "block");
  EXPECT_EQ(verdict.json()["charter_version"], "1.0");
  EXPECT_EQ(verdict.json()["charter_version_id"], first.json()["version_id"]);
  EXPECT_EQ(verdict.json()["findings"][0]["message"], "Ne le dites pas.");
  EXPECT_EQ(verdict.json()["findings"][0]["match"], "banana");
  EXPECT_EQ(verdict.json()["disclaimers"], nlohmann::json::array({"mine"}));

  auto second = put(small_charter("2.0", "cherry"));
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(check("banana").json()["verdict"], "allow");
  EXPECT_EQ(check("cherry").json()["verdict"], "block");
  EXPECT_EQ(check("cherry").json()["charter_version_id"], second.json()["version_id"]);

  auto current = client()->get("/api/v1/charter", bearer(advisor_)).json();
  EXPECT_EQ(current["version"], "2.0");
  EXPECT_EQ(current["document"]["rules"][0]["match"], "cherry");
}

TEST_F(CharterTest, AMistakenCharterIsRefusedWithEveryErrorAndChangesNothing) {
  ASSERT_EQ(put(small_charter("1.0", "banana")).status, 201);
  auto bad = small_charter("1.1", "banana");
  bad["rules"][0]["action"] = "explode";
  bad["rules"][0]["match"] = {{"near", {"@fruits", "tree"}}, {"within", 3}};
  bad["colour"] = "red";
  auto r = put(bad);
  ASSERT_EQ(r.status, 422) << r.body;
  std::string all = r.json()["error"]["details"].dump();
  EXPECT_NE(all.find("rules[0].action"), std::string::npos) << all;
  EXPECT_NE(all.find("rules[0].match.near[0]"), std::string::npos) << all;
  EXPECT_NE(all.find("colour"), std::string::npos) << all;
  EXPECT_EQ(client()->get("/api/v1/charter", bearer(advisor_)).json()["version"], "1.0");
}

TEST_F(CharterTest, AReusedLabelIs409) {
  ASSERT_EQ(put(small_charter("1.0", "banana")).status, 201);
  auto again = put(small_charter("1.0", "cherry"));
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["code"], "version_taken");
  EXPECT_EQ(check("cherry").json()["verdict"], "allow");
}

TEST_F(CharterTest, HistoryIsKeptForCompliance) {
  auto v1 = put(small_charter("1.0", "banana")).json();
  put(small_charter("2.0", "cherry"));
  auto list = client()->get("/api/v1/charter/versions", bearer(compliance_));
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["items"].size(), 2u);
  EXPECT_EQ(list.json()["items"][0]["version"], "2.0");
  auto one = client()->get("/api/v1/charter/versions/" + v1["version_id"].get<std::string>(),
                           bearer(compliance_));
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.json()["document"]["rules"][0]["match"], "banana");
  EXPECT_EQ(client()->get("/api/v1/charter/versions", bearer(advisor_)).status, 403);
  auto audit =
      client()->get("/api/v1/audit?entity=charter_version", bearer(bearer_token(admin_email_)));
  EXPECT_EQ(audit.json()["items"].size(), 2u) << audit.body;
}

TEST_F(CharterTest, AcknowledgementFollowsTheVersionInForce) {
  auto v1 = put(small_charter("1.0", "banana")).json();
  auto me = [&] { return client()->get("/api/v1/me", bearer(advisor_)).json(); };
  EXPECT_EQ(me()["charter_acknowledged"], false);
  auto ack = client()->post_json("/api/v1/charter/acknowledge", {{"version_id", v1["version_id"]}},
                                 bearer(advisor_));
  EXPECT_EQ(ack.status, 204) << ack.body;
  EXPECT_EQ(me()["charter_acknowledged"], true);
  put(small_charter("2.0", "cherry"));
  EXPECT_EQ(me()["charter_acknowledged"], false);
  auto stale = client()->post_json("/api/v1/charter/acknowledge",
                                   {{"version_id", v1["version_id"]}}, bearer(advisor_));
  EXPECT_EQ(stale.status, 409);
  auto unknown =
      client()->post_json("/api/v1/charter/acknowledge", {{"version_id", "999"}}, bearer(advisor_));
  EXPECT_EQ(unknown.status, 404);
}

TEST_F(CharterTest, ContextOfTheWrongTypeIs422) {
  ASSERT_EQ(put(small_charter("1.0", "banana")).status, 201);
  auto r = check("banana", {{"shares_today", -1}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(check("banana", {{"network", "myspace"}}).status, 422);
}

}  // namespace
}  // namespace pv::testing
