#include "app/config.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace pv::app {
namespace {

const std::string kKey(64, 'a');

nlohmann::json minimal() {
  return {{"data_dir", "/tmp/pv"}, {"secrets", {{"audit_key", kKey}, {"token_key", kKey}}}};
}

std::vector<std::string> errors_of(const nlohmann::json& config, ConfigOverrides o = {}) {
  auto r = config_from_json(config.dump(), o);
  if (r) return {};
  return r.error().details()["errors"].get<std::vector<std::string>>();
}

TEST(Config, DefaultsFromAMinimalFile) {
  auto c = config_from_json(minimal().dump(), {}).value();
  EXPECT_EQ(c.listen, "127.0.0.1:8080");
  EXPECT_EQ(c.database, "/tmp/pv/portevoix.db");
  EXPECT_EQ(c.public_url, "http://127.0.0.1:8080");
  EXPECT_EQ(c.audit_key.size(), 32u);
  EXPECT_FALSE(c.served_over_tls());
  EXPECT_EQ(c.audit_checkpoint_path(), "/tmp/pv/portevoix.audit-checkpoint");
}

TEST(Config, FlagsOverrideTheFile) {
  ConfigOverrides o;
  o.listen = "0.0.0.0:9000";
  o.data_dir = "/srv/pv";
  auto c = config_from_json(minimal().dump(), o).value();
  EXPECT_EQ(c.listen, "0.0.0.0:9000");
  EXPECT_EQ(c.database, "/srv/pv/portevoix.db");
  o.database = "/elsewhere/x.db";
  EXPECT_EQ(config_from_json(minimal().dump(), o).value().database, "/elsewhere/x.db");
}

TEST(Config, EveryMistakeIsNamedByItsKey) {
  struct Case {
    nlohmann::json patch;
    const char* expected;
  } cases[] = {
      {{{"listen", "localhost"}}, "listen: must be host:port"},
      {{{"public_url", "share.example.com"}}, "public_url: must start with http"},
      {{{"timezone", "Mars/Olympus"}}, "timezone: unknown time zone"},
      {{{"timezone", "../../etc/passwd"}}, "timezone: unknown time zone"},
      {{{"log", {{"level", "loud"}}}}, "log.level"},
      {{{"server", {{"worker_threads", 0}}}}, "server.worker_threads: must be an integer from 1"},
      {{{"server", {{"io_threads", "2"}}}}, "server.io_threads"},
      {{{"server", {{"upload_limit_bytes", 2048}, {"body_limit_bytes", 4096}}}},
       "server.upload_limit_bytes"},
      {{{"sessions", {{"idle_timeout_minutes", 0}}}}, "sessions.idle_timeout_minutes"},
      {{{"secrets", {{"audit_key", "abc"}}}}, "secrets.audit_key: must be 64 hexadecimal"},
      {{{"secrets", {{"token_key", nullptr}}}}, "secrets.token_key: required"},
      {{{"colour", "red"}}, "colour: unknown key"},
      {{{"server", {{"colour", "red"}}}}, "server.colour: unknown key"},
      {{{"demo", "yes"}}, "demo: must be true or false"},
      {{{"media", {{"max_bytes", 64LL << 20}}}}, "media.max_bytes: must not be above"},
      {{{"review", {{"sla_business_days", 31}}}}, "review.sla_business_days"},
      {{{"review", {{"reasons", nlohmann::json::array()}}}}, "review.reasons: must be a non-empty"},
      {{{"review", {{"reasons", {"Misleading claim"}}}}}, "review.reasons: 'Misleading claim'"},
      {{{"review", {{"holidays", {"2026-02-30"}}}}}, "review.holidays: '2026-02-30'"},
      {{{"review", {{"second_level_group", ""}}}}, "review.second_level_group"},
  };
  for (const auto& c : cases) {
    auto config = minimal();
    config.merge_patch(c.patch);
    auto errors = errors_of(config);
    bool found = false;
    for (const auto& e : errors)
      found = found || e.find(c.expected) != std::string::npos;
    EXPECT_TRUE(found) << c.expected << " in " << nlohmann::json(errors).dump();
  }
}

TEST(Config, MediaAndReviewDefaults) {
  auto c = config_from_json(minimal().dump(), {}).value();
  EXPECT_EQ(c.media.max_bytes, c.server.upload_limit_bytes);
  EXPECT_EQ(c.review.sla_business_days, 1);
  EXPECT_FALSE(c.review.reasons.empty());
  EXPECT_TRUE(c.review.second_level_group.empty());
  auto config = minimal();
  config["media"] = {{"max_bytes", 4096}};
  config["review"] = {{"reasons", {"misleading", "other"}},
                      {"second_level_group", "Senior compliance"},
                      {"holidays", {"2026-12-25"}}};
  c = config_from_json(config.dump(), {}).value();
  EXPECT_EQ(c.media.max_bytes, 4096u);
  EXPECT_EQ(c.review.reasons, (std::vector<std::string>{"misleading", "other"}));
  EXPECT_EQ(c.review.second_level_group, "Senior compliance");
  ASSERT_EQ(c.review.holidays.size(), 1u);
  EXPECT_EQ(c.review.holidays[0], std::chrono::year(2026) / std::chrono::December / 25);
}

TEST(Config, DemoModeNeedsNoTokenKey) {
  auto config = minimal();
  config["secrets"].erase("token_key");
  config["demo"] = true;
  EXPECT_TRUE(errors_of(config).empty());
}

TEST(Config, AllErrorsTogether) {
  auto config = minimal();
  config.merge_patch({{"listen", "x"}, {"colour", "red"}, {"log", {{"level", "loud"}}}});
  EXPECT_EQ(errors_of(config).size(), 3u);
}

TEST(Config, TheDocumentedExampleIsValid) {
  // deploy/config.example.json documents every key; with real secrets it loads.
  std::ifstream in(std::string(PV_SOURCE_DIR) + "/deploy/config.example.json");
  std::stringstream text;
  text << in.rdbuf();
  auto example = nlohmann::json::parse(text.str());
  example["secrets"]["audit_key"] = kKey;
  example["secrets"]["token_key"] = kKey;
  auto errors = errors_of(example);
  EXPECT_TRUE(errors.empty()) << nlohmann::json(errors).dump();
}

TEST(Config, MalformedJsonSaysWhere) {
  auto r = config_from_json("{\"listen\": ", {});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace pv::app
