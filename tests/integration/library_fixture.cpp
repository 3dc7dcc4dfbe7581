#include "integration/library_fixture.h"

namespace pv::testing {
namespace {

nlohmann::json test_charter() {
  auto rule = [](const char* id, const char* action, const char* term) {
    return nlohmann::json{{"id", id},
                          {"category", "test"},
                          {"action", action},
                          {"match", term},
                          {"message", {{"en", std::string("Rule ") + id}}}};
  };
  return {{"id", "test"},
          {"version", "1.0"},
          {"rules",
           {rule("promise.guarantee", "block", "guaranteed"),
            rule("performance.returns", "review", "return*")}}};
}

}  // namespace

void LibraryApiFixture::SetUp() {
  start({{"review", {{"second_level_group", "Senior compliance"}}},
         {"media", {{"max_bytes", 6000}}},
         {"server", {{"body_limit_bytes", 4096}, {"upload_limit_bytes", 8192}}}});
  tokens_["admin"] = bearer_token(admin_email_);
  auto group = [&](const char* name) {
    auto r = call("admin", "POST", "/api/v1/groups", {{"name", name}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["id"].get<std::string>();
  };
  toronto_ = group("Toronto");
  montreal_ = group("Montréal");
  const std::string senior = group("Senior compliance");
  struct Person {
    const char* key;
    std::vector<std::string> roles;
    nlohmann::json extra;
  };
  const std::vector<Person> people = {
      {"marketing", {"marketing"}, {}},
      {"marketing2", {"marketing"}, {}},
      {"compliance", {"compliance"}, {}},
      {"senior", {"compliance"}, {{"groups", {senior}}}},
      {"both", {"marketing", "compliance"}, {}},
      {"toronto", {"advisor"}, {{"groups", {toronto_}}, {"language", "en-CA"}}},
      {"montreal", {"advisor"}, {{"groups", {montreal_}}, {"language", "fr-CA"}}},
  };
  for (const auto& p : people) {
    const std::string email = std::string(p.key) + "@library.example";
    user_ids_[p.key] = add_user(email, p.roles, p.extra);
    tokens_[p.key] = bearer_token(email);
  }
  auto published = call("compliance", "PUT", "/api/v1/charter", test_charter());
  ASSERT_EQ(published.status, 201) << published.body;
}

HttpResponse LibraryApiFixture::call(const std::string& who, const std::string& method,
                                     const std::string& target, const nlohmann::json& body) {
  HeaderList headers = bearer(tokens_.at(who));
  if (body.is_null()) return client()->request(method, target, headers);
  headers.emplace_back("Content-Type", "application/json");
  return client()->request(method, target, headers, body.dump());
}

nlohmann::json LibraryApiFixture::item(const std::string& title, const std::string& body) {
  return {{"title", title},
          {"body", body},
          {"language", "en"},
          {"captions", {{"linkedin", {title + ", first words", title + ", other words"}}}}};
}

nlohmann::json LibraryApiFixture::create(nlohmann::json body, const std::string& who) {
  auto r = call(who, "POST", "/api/v1/content", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.json();
}

std::string LibraryApiFixture::submit(const std::string& id, const std::string& who) {
  auto r = call(who, "POST", "/api/v1/content/" + id + "/submit");
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? r.json()["review"]["id"].get<std::string>() : "";
}

HttpResponse LibraryApiFixture::decide(const std::string& who, const std::string& review_id,
                                       const nlohmann::json& decision) {
  return call(who, "POST", "/api/v1/reviews/" + review_id + "/decision", decision);
}

std::string LibraryApiFixture::approved(nlohmann::json body) {
  auto id = create(std::move(body))["id"].get<std::string>();
  auto r = decide("compliance", submit(id), {{"decision", "approve"}});
  EXPECT_EQ(r.status, 200) << r.body;
  return id;
}

std::vector<std::string> LibraryApiFixture::ids(const std::string& who, const std::string& target) {
  auto r = call(who, "GET", target);
  EXPECT_EQ(r.status, 200) << r.body;
  std::vector<std::string> out;
  const auto page = r.json();
  for (const auto& i : page["items"])
    out.push_back(i["id"]);
  return out;
}

}  // namespace pv::testing
