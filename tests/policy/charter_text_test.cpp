// load_charter_text(): JSON syntax errors by line and column, and duplicate
// keys (invisible once parsed) reported with the other mistakes.
#include <gtest/gtest.h>

#include "policy/charter_loader.h"

namespace pv::policy {
namespace {

std::vector<CharterError> errors_of(std::string_view text) {
  const auto result = load_charter_text(text);
  EXPECT_FALSE(result.ok());
  return result.ok() ? std::vector<CharterError>{} : charter_errors(result.error());
}

TEST(CharterText, LoadsValidText) {
  const auto result = load_charter_text(R"({"id": "t", "version": "1", "rules": [
      {"id": "r", "category": "c", "action": "warn", "match": "x", "message": {"en": "m"}}]})");
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->rules[0].id, "r");
}

TEST(CharterText, SyntaxErrorsSayLineAndColumn) {
  struct Case {
    const char* text;
    const char* starts;  // the message's start
  } cases[] = {
      {"{\n  \"id\": \"t\",\n  \"version\": ,\n}", "line 3, column 14: "},
      {"", "line 1, column 1: "},
      {"{\"id\": \"t\"", "line 1, column 11: "},
      // Columns count code points: "é" is one column, two bytes.
      {"{\"id\": \"\xC3\xA9t\xC3\xA9\" x}", "line 1, column 14: "},
      {"{\"id\": \"t\"} {}", "line 1, column 13: "},
      {"{\"id\": \"\xC3(\"}", "line 1, column "},  // invalid UTF-8
  };
  for (const auto& c : cases) {
    const auto result = load_charter_text(c.text);
    ASSERT_FALSE(result.ok()) << c.text;
    EXPECT_EQ(result.error().code(), "charter_syntax");
    EXPECT_EQ(result.error().kind(), ErrorKind::kBadRequest);
    const auto errors = charter_errors(result.error());
    ASSERT_EQ(errors.size(), 1u) << c.text;
    EXPECT_EQ(errors[0].path, "");
    EXPECT_EQ(errors[0].message.rfind(c.starts, 0), 0u)
        << c.text << ": " << errors[0].message << "\nexpected: " << c.starts;
    EXPECT_GT(errors[0].message.size(), std::string_view(c.starts).size());
    EXPECT_EQ(errors[0].message.find("json.exception"), std::string::npos);
  }
}

TEST(CharterText, DuplicateKeysAreReportedWithTheOtherMistakes) {
  const auto errors = errors_of(R"({
    "id": "t", "version": "1", "id": "u",
    "rules": [
      {"id": "r", "category": "c", "action": "warn", "action": "block", "match": "x",
       "message": {"en": "m", "en": "n"}, "status": "mute"}]})");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].text(), "id: duplicate key: an object names it twice");
  EXPECT_EQ(errors[1].path, "rules[0].action");
  EXPECT_EQ(errors[2].path, "rules[0].message.en");
  EXPECT_EQ(errors[3].path, "rules[0].status");
}

TEST(CharterText, DuplicatesInsideArraysOfArrays) {
  const auto errors = errors_of(R"({"id": "t", "version": "1", "rules": [
      {"id": "r", "category": "c", "action": "warn", "match": "x", "message": {"en": "m"}},
      {"id": "s", "category": "c", "action": "warn",
       "match": {"any": [["a"], {"pattern": "b", "pattern": "c"}]}, "message": {"en": "m"}}]})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "rules[1].match.any[1].pattern");
}

}  // namespace
}  // namespace pv::policy
