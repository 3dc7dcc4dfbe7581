// Content fields: their rules, and how they are stored.
#include "library/content.h"

#include <gtest/gtest.h>

#include "util/time.h"

namespace pv::testing {
namespace {

library::ContentFields valid() {
  library::ContentFields f;
  f.title = "TFSA season";
  f.body = "Contribution room resets on January 1.";
  f.url = "https://heritage.example/tfsa";
  f.language = "en-CA";
  f.captions[policy::Network::kLinkedIn] = {"New year, new room.", "Your TFSA room grew."};
  return f;
}

std::set<std::string> invalid_fields(const library::ContentFields& f) {
  auto status = library::validate(f);
  std::set<std::string> out;
  if (status) return out;
  EXPECT_EQ(status.error().kind(), ErrorKind::kInvalid);
  for (const auto& [field, reason] : status.error().details()["fields"].items())
    out.insert(field);
  return out;
}

TEST(ContentTest, ValidFieldsPass) {
  EXPECT_TRUE(library::validate(valid()));
}

TEST(ContentTest, EachRuleNamesItsField) {
  struct Case {
    const char* field;
    void (*spoil)(library::ContentFields&);
  };
  const std::vector<Case> cases = {
      {"title", [](library::ContentFields& f) { f.title = "  "; }},
      {"title", [](library::ContentFields& f) { f.title = std::string(301, 'a'); }},
      {"url", [](library::ContentFields& f) { f.url = "javascript:alert(1)"; }},
      {"url", [](library::ContentFields& f) { f.url = "https://exa mple.com"; }},
      {"url", [](library::ContentFields& f) { f.url = "ftp://files.example"; }},
      {"language", [](library::ContentFields& f) { f.language = "french"; }},
      {"language", [](library::ContentFields& f) { f.language = "fr_CA"; }},
      {"captions.linkedin",
       [](library::ContentFields& f) { f.captions[policy::Network::kLinkedIn] = {" "}; }},
      {"captions.x",
       [](library::ContentFields& f) {
         f.captions[policy::Network::kX] = std::vector<std::string>(11, "hi");
       }},
      {"caption_policy", [](library::ContentFields& f) { f.caption_policy = "frozen"; }},
      {"expires_at",
       [](library::ContentFields& f) {
         f.starts_at = from_unix_seconds(2000);
         f.expires_at = from_unix_seconds(1000);
       }},
      {"tags", [](library::ContentFields& f) { f.tags = {""}; }},
  };
  for (const auto& c : cases) {
    auto f = valid();
    c.spoil(f);
    EXPECT_EQ(invalid_fields(f), std::set<std::string>{c.field}) << c.field;
  }
}

TEST(ContentTest, StoredFormRoundTrips) {
  auto f = valid();
  f.tags = {" RRSP ", "rrsp", "Retraite"};
  f.groups = {"g2", "g1", "g2"};
  store::ContentVersionRow row;
  library::store_fields(f, row);
  EXPECT_EQ(row.tags, (std::vector<std::string>{"rrsp", "retraite"}));
  EXPECT_EQ(row.groups, (std::vector<std::string>{"g1", "g2"}));
  EXPECT_EQ(row.language_primary, "en");
  auto back = library::fields_of(row);
  EXPECT_EQ(back.captions, f.captions);
  EXPECT_EQ(back.url, f.url);
  auto json = library::captions_json(back.captions);
  EXPECT_EQ(json["linkedin"].size(), 2u);
  EXPECT_EQ(json["x"], nlohmann::json::array());
  EXPECT_EQ(json["facebook"], nlohmann::json::array());
}

TEST(ContentTest, CaptionsFromJsonNamesWhatIsWrong) {
  FieldErrors errors;
  auto captions = library::captions_from_json(
      {{"linkedin", {"a", "b"}}, {"x", nlohmann::json::array()}, {"myspace", {"c"}}}, "captions",
      errors);
  EXPECT_EQ(captions.size(), 1u);  // an empty array: no captions for x
  ASSERT_FALSE(errors.empty());
  EXPECT_TRUE(errors.error().details()["fields"].contains("captions.myspace"));
  FieldErrors more;
  library::captions_from_json({{"facebook", {1, 2}}}, "captions", more);
  EXPECT_TRUE(more.error().details()["fields"].contains("captions.facebook"));
}

TEST(ContentTest, ApprovedPastItsWindowIsExpired) {
  store::ContentItemRow item{"i1", 1, 1, false, "u", from_unix_seconds(0)};
  store::ContentVersionRow v;
  v.version = 1;
  v.status = "approved";
  v.starts_at = from_unix_seconds(100);
  v.expires_at = from_unix_seconds(200);
  EXPECT_EQ(library::effective_status(v, from_unix_seconds(150)), "approved");
  EXPECT_EQ(library::effective_status(v, from_unix_seconds(200)), "expired");
  EXPECT_FALSE(library::is_live(item, v, from_unix_seconds(99)));
  EXPECT_TRUE(library::is_live(item, v, from_unix_seconds(100)));
  EXPECT_FALSE(library::is_live(item, v, from_unix_seconds(200)));
  item.archived = true;
  EXPECT_FALSE(library::is_live(item, v, from_unix_seconds(150)));
}

}  // namespace
}  // namespace pv::testing
