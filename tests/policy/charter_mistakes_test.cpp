// Every kind of charter mistake, one row each: a small valid charter is
// changed in one place and the loader must refuse it with exactly the errors
// listed, each at its exact JSON path. Then several mistakes at once, which
// must all be reported together.
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "policy/charter_loader.h"

namespace pv::policy {
namespace {

using Json = nlohmann::json;

const char* const kValid = R"({
  "id": "t",
  "version": "1",
  "title": {"en": "Test", "fr": "Essai"},
  "lists": {"money": ["return", "rendement*"]},
  "rules": [
    {"id": "r.one", "category": "c", "action": "block", "match": "risk-free",
     "message": {"en": "m", "fr": "m"}}
  ],
  "disclaimers": [{"id": "d", "text": {"en": "x"}, "when": {"rules": ["r.*"]}}]
})";

struct Expected {
  std::string path;
  std::string fragment;  // part of the message; "" when the wording is parse_term's
};

struct Case {
  const char* name;
  // JSON pointer -> new value (JSON text), or "" to remove the key.
  std::vector<std::pair<std::string, std::string>> changes;
  std::vector<Expected> errors;
};

Json apply(const Case& c) {
  Json doc = Json::parse(kValid);
  for (const auto& [pointer, value] : c.changes) {
    const Json::json_pointer ptr(pointer);
    if (value.empty()) {
      doc[ptr.parent_pointer()].erase(ptr.back());
    } else {
      doc[ptr] = Json::parse(value);
    }
  }
  return doc;
}

void expect_errors(const Case& c) {
  SCOPED_TRACE(c.name);
  const auto result = load_charter(apply(c));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind(), ErrorKind::kInvalid);
  EXPECT_EQ(result.error().code(), "charter_invalid");
  const auto errors = charter_errors(result.error());
  std::string all;
  for (const auto& e : errors)
    all += "\n  " + e.text();
  ASSERT_EQ(errors.size(), c.errors.size()) << all;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].path, c.errors[i].path) << all;
    EXPECT_NE(errors[i].message.find(c.errors[i].fragment), std::string::npos)
        << errors[i].message << "\nexpected: " << c.errors[i].fragment;
    EXPECT_FALSE(errors[i].message.empty());
  }
}

TEST(CharterMistakes, BaseCharterIsValid) {
  EXPECT_TRUE(load_charter(Json::parse(kValid)).ok());
}

TEST(CharterMistakes, UnknownKeys) {
  const Case cases[] = {
      {"top level", {{"/colour", R"("red")"}}, {{"colour", "unknown key"}}},
      {"rule, with a suggestion",
       {{"/rules/0/acton", R"("block")"}},
       {{"rules[0].acton", "unknown key (did you mean \"action\"?)"}}},
      {"localized text",
       {{"/rules/0/message/de", R"("x")"}},
       {{"rules[0].message.de", "unknown key"}}},
      {"beside an operator",
       {{"/rules/0/match", R"({"pattern": "abc", "within": 3})"}},
       {{"rules[0].match.within", "unknown key"}}},
      {"no operator",
       {{"/rules/0/match", R"({"patern": "abc"})"}},
       {{"rules[0].match.patern", "did you mean \"pattern\"?"},
        {"rules[0].match", "an expression object needs one of any, all, not, near"}}},
      {"scope",
       {{"/rules/0/scope", R"({"region": ["QC"]})"}},
       {{"rules[0].scope.region", "did you mean \"regions\"?"}}},
      {"when",
       {{"/disclaimers/0/when/tag", R"(["x"])"}},
       {{"disclaimers[0].when.tag", "unknown key"}}},
      {"exception",
       {{"/rules/0/unless", R"({"terms": ["x"], "distance": 2})"}},
       {{"rules[0].unless.distance", "unknown key"}}},
      {"odd key quoted", {{"/rules/0/my key", "1"}}, {{"rules[0][\"my key\"]", "unknown key"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, WrongTypes) {
  const Case cases[] = {
      {"version", {{"/version", "3"}}, {{"version", "expected a string, found a number"}}},
      {"message", {{"/rules/0/message", R"("m")"}}, {{"rules[0].message", "expected an object"}}},
      {"rules", {{"/rules", "{}"}}, {{"rules", "expected an array"}}},
      {"match", {{"/rules/0/match", "true"}}, {{"rules[0].match", "expected an expression"}}},
      {"term array member",
       {{"/rules/0/match", R"(["a", 1])"}},
       {{"rules[0].match[1]", "expected a string"}}},
      {"lists", {{"/lists", "[]"}}, {{"lists", "expected an object"}}},
      {"list", {{"/lists/money", R"("return")"}}, {{"lists.money", "expected an array of terms"}}},
      {"unless", {{"/rules/0/unless", R"("x")"}}, {{"rules[0].unless", "expected an exception"}}},
      {"within",
       {{"/rules/0/match", R"({"near": ["a", "b"], "within": "2"})"}},
       {{"rules[0].match.within", "expected a whole number"}}},
      {"ratio",
       {{"/rules/0/match", R"({"edited_over": "half"})"}},
       {{"rules[0].match.edited_over", "expected a number from 0 to 1"}}},
      {"the charter", {{"", "[]"}}, {{"$", "expected an object, found an array"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, MissingKeys) {
  const Case cases[] = {
      {"rules", {{"/rules", ""}}, {{"$", "missing required key \"rules\""}}},
      {"id", {{"/id", ""}}, {{"$", "missing required key \"id\""}}},
      {"category",
       {{"/rules/0/category", ""}},
       {{"rules[0]", "missing required key \"category\""}}},
      {"match", {{"/rules/0/match", ""}}, {{"rules[0]", "missing required key \"match\""}}},
      {"en",
       {{"/rules/0/message", R"({"fr": "m"})"}},
       {{"rules[0].message", "missing required key \"en\""}}},
      {"title en", {{"/title", R"({"fr": "Essai"})"}}, {{"title", "missing required key \"en\""}}},
      {"disclaimer text",
       {{"/disclaimers/0/text", ""}},
       {{"disclaimers[0]", "missing required key \"text\""}}},
      {"exception terms",
       {{"/rules/0/unless", R"([{"within": 2}])"}},
       {{"rules[0].unless[0]", "missing required key \"terms\""}}},
      {"near within",
       {{"/rules/0/match", R"({"near": ["a", "b"]})"}},
       {{"rules[0].match", "missing required key \"within\""}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, EmptyThings) {
  const Case cases[] = {
      {"string", {{"/rules/0/category", R"("")"}}, {{"rules[0].category", "must not be empty"}}},
      {"en", {{"/rules/0/message/en", R"("")"}}, {{"rules[0].message.en", "must not be empty"}}},
      {"rules", {{"/rules", "[]"}}, {{"rules", "must not be empty"}}},
      {"refs", {{"/rules/0/refs", "[]"}}, {{"rules[0].refs", "must not be empty"}}},
      {"ref", {{"/rules/0/refs", R"(["a", ""])"}}, {{"rules[0].refs[1]", "must not be empty"}}},
      {"list", {{"/lists/money", "[]"}}, {{"lists.money", "must not be empty"}}},
      {"lists", {{"/lists", "{}"}}, {{"lists", "must not be empty"}}},
      {"term array", {{"/rules/0/match", "[]"}}, {{"rules[0].match", "must not be empty"}}},
      {"any",
       {{"/rules/0/match", R"({"any": []})"}},
       {{"rules[0].match.any", "must not be empty"}}},
      {"scope", {{"/rules/0/scope", "{}"}}, {{"rules[0].scope", "must not be empty"}}},
      {"scope list",
       {{"/rules/0/scope", R"({"tags": []})"}},
       {{"rules[0].scope.tags", "must not be empty"}}},
      {"when", {{"/disclaimers/0/when", "{}"}}, {{"disclaimers[0].when", "must not be empty"}}},
      {"unless", {{"/rules/0/unless", "[]"}}, {{"rules[0].unless", "must not be empty"}}},
      {"keywords",
       {{"/rules/0/match", R"({"detector": "phone", "keywords": []})"}},
       {{"rules[0].match.keywords", "must not be empty"}}},
      {"hosts",
       {{"/rules/0/match", R"({"link_outside": []})"}},
       {{"rules[0].match.link_outside", "must not be empty"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, ListsAndTerms) {
  const Case cases[] = {
      {"unknown list",
       {{"/rules/0/match", R"({"near": ["@mony", "risk"], "within": 2})"}},
       {{"rules[0].match.near[0]", "unknown list @mony"}}},
      {"unknown list in an exception",
       {{"/rules/0/unless", R"({"terms": ["@nope"]})"}},
       {{"rules[0].unless.terms[0]", "unknown list @nope"}}},
      {"list naming a list",
       {{"/lists/more", R"(["cash", "@money"])"}},
       {{"lists.more[1]", "a list may not name another list (@money)"}}},
      {"bad list name",
       {{"/lists/Big Money", R"(["cash"])"}},
       {{"lists[\"Big Money\"]", "is not a valid name"}}},
      {"term with a star inside", {{"/rules/0/match", R"("ri*sk")"}}, {{"rules[0].match", ""}}},
      {"term with no word",
       {{"/rules/0/match", R"(["risk", "!!!"])"}},
       {{"rules[0].match[1]", ""}}},
      {"term across a sentence break",
       {{"/lists/money/1", R"("risk. free")"}},
       {{"lists.money[1]", ""}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, Ids) {
  const Case cases[] = {
      {"duplicate rule id",
       {{"/rules/1", R"({"id": "r.one", "category": "c", "action": "warn", "match": "x",
                         "message": {"en": "m"}})"}},
       {{"rules[1].id", "duplicate rule id \"r.one\" (first at rules[0])"}}},
      {"duplicate disclaimer id",
       {{"/disclaimers/1", R"({"id": "d", "text": {"en": "y"}})"}},
       {{"disclaimers[1].id", "duplicate disclaimer id \"d\""}}},
      {"rule id", {{"/rules/0/id", R"("Rule One")"}}, {{"rules[0].id", "is not a valid name"}}},
      {"rule id with double dot",
       {{"/rules/0/id", R"("r..one")"}},
       {{"rules[0].id", "is not a valid name"}}},
      {"charter id", {{"/id", R"("t.")"}}, {{"id", "is not a valid name"}}},
      {"glob naming no rule",
       {{"/disclaimers/0/when/rules", R"(["r.*", "performence.*"])"}},
       {{"disclaimers[0].when.rules[1]", "\"performence.*\" matches no rule id"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, ExpressionStructure) {
  std::string deep = R"("x")";
  for (int i = 0; i < 40; ++i)
    deep = R"({"any": [)" + deep + "]}";
  std::string deep_path = "rules[0].match";
  for (int i = 0; i < 33; ++i)
    deep_path += ".any[0]";
  const Case cases[] = {
      {"not at the top",
       {{"/rules/0/match", R"({"not": "risk"})"}},
       {{"rules[0].match", "not is allowed only as a member of all"}}},
      {"not inside any",
       {{"/rules/0/match", R"({"any": ["a", {"not": "b"}]})"}},
       {{"rules[0].match.any[1]", "not is allowed only as a member of all"}}},
      {"not inside not",
       {{"/rules/0/match", R"({"all": ["a", {"not": {"not": "b"}}]})"}},
       {{"rules[0].match.all[1].not", "not is allowed only as a member of all"}}},
      {"all of nots",
       {{"/rules/0/match", R"({"all": [{"not": "a"}, {"not": "b"}]})"}},
       {{"rules[0].match.all", "needs at least one member that is not a not"}}},
      {"two operators",
       {{"/rules/0/match", R"({"pattern": "a", "detector": "url"})"}},
       {{"rules[0].match", "holds exactly one of"}}},
      {"near member any",
       {{"/rules/0/match", R"({"near": [{"any": ["a"]}, "b"], "within": 1})"}},
       {{"rules[0].match.near[0]",
         "a near member is a term, an array of terms, a pattern or a detector"}}},
      {"near member context condition",
       {{"/rules/0/match", R"({"near": ["a", {"shares_today_over": 2}], "within": 1})"}},
       {{"rules[0].match.near[1]", "a near member is"}}},
      {"near of one",
       {{"/rules/0/match", R"({"near": ["a"], "within": 1})"}},
       {{"rules[0].match.near", "expected an array of two members, found 1 members"}}},
      {"near of three",
       {{"/rules/0/match", R"({"near": ["a", "b", "c"], "within": 1})"}},
       {{"rules[0].match.near", "two members"}}},
      {"within_chars without keywords",
       {{"/rules/0/match", R"({"detector": "phone", "within_chars": 20})"}},
       {{"rules[0].match.within_chars", "add them"}}},
      {"too deep", {{"/rules/0/match", deep}}, {{deep_path, "nest deeper than 32 levels"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, Patterns) {
  const Case cases[] = {
      {"does not compile",
       {{"/rules/0/match", R"({"pattern": "(abc"})"}},
       {{"rules[0].match.pattern", "not a valid regular expression"}}},
      {"back-reference",
       {{"/rules/0/match", R"({"pattern": "(a)\\1"})"}},
       {{"rules[0].match.pattern", "back-references"}}},
      {"look-ahead",
       {{"/rules/0/match", R"j({"pattern": "a(?=b)"})j"}},
       {{"rules[0].match.pattern", "look-around"}}},
      {"look-behind",
       {{"/rules/0/match", R"({"pattern": "(?<!a)b"})"}},
       {{"rules[0].match.pattern", "look-around"}}},
      {"upper case",
       {{"/rules/0/match", R"({"pattern": "[A-Z]+"})"}},
       {{"rules[0].match.pattern", "never holds \"A\""}}},
      {"accent",
       {{"/rules/0/match", R"({"pattern": "café"})"}},
       {{"rules[0].match.pattern", "(write \"e\")"}}},
      {"sharp s",
       {{"/rules/0/match", R"({"pattern": "straße"})"}},
       {{"rules[0].match.pattern", "(write \"ss\")"}}},
      {"double space",
       {{"/rules/0/match", R"({"pattern": "a  b"})"}},
       {{"rules[0].match.pattern", "two white-space characters"}}},
      {"empty match",
       {{"/rules/0/match", R"({"pattern": "\\b(x)?"})"}},
       {{"rules[0].match.pattern", "matches an empty string"}}},
      {"in a near",
       {{"/rules/0/match", R"({"near": [{"pattern": "^"}, "b"], "within": 1})"}},
       {{"rules[0].match.near[0].pattern", "matches an empty string"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, UnknownValues) {
  const Case cases[] = {
      {"detector",
       {{"/rules/0/match", R"({"detector": "iban"})"}},
       {{"rules[0].match.detector", "unknown detector \"iban\""}}},
      {"action",
       {{"/rules/0/action", R"("deny")"}},
       {{"rules[0].action", "unknown action \"deny\""}}},
      {"allow is no rule action",
       {{"/rules/0/action", R"("allow")"}},
       {{"rules[0].action", "unknown action"}}},
      {"exception action",
       {{"/rules/0/unless", R"({"terms": ["x"], "action": "Block"})"}},
       {{"rules[0].unless.action", "unknown action \"Block\""}}},
      {"status",
       {{"/rules/0/status", R"("muted")"}},
       {{"rules[0].status", "unknown status \"muted\""}}},
      {"network",
       {{"/rules/0/scope", R"({"networks": ["linkedin", "myspace"]})"}},
       {{"rules[0].scope.networks[1]", "unknown network \"myspace\""}}},
      {"origin",
       {{"/disclaimers/0/when", R"({"origins": ["copied"]})"}},
       {{"disclaimers[0].when.origins[0]", "unknown origin \"copied\""}}},
      {"language",
       {{"/rules/0/scope", R"({"languages": ["french"]})"}},
       {{"rules[0].scope.languages[0]", "is not a language tag"}}},
      {"language_not",
       {{"/rules/0/match", R"({"language_not": ["fr", "fr-"]})"}},
       {{"rules[0].match.language_not[1]", "is not a language tag"}}},
      {"host",
       {{"/rules/0/match", R"({"link_outside": ["https://porte-voix.example/"]})"}},
       {{"rules[0].match.link_outside[0]", "is not a host"}}},
      {"wildcard inside a host",
       {{"/rules/0/match", R"({"email_outside": ["mail.*.example"]})"}},
       {{"rules[0].match.email_outside[0]", "is not a host"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, Numbers) {
  const Case cases[] = {
      {"ratio over 1",
       {{"/rules/0/match", R"({"edited_over": 1.5})"}},
       {{"rules[0].match.edited_over", "must be from 0 to 1, found 1.5"}}},
      {"negative ratio",
       {{"/rules/0/match", R"({"promotional_share_over": -0.1})"}},
       {{"rules[0].match.promotional_share_over", "must be from 0 to 1"}}},
      {"negative count",
       {{"/rules/0/match", R"({"shares_today_over": -1})"}},
       {{"rules[0].match.shares_today_over", "must not be negative"}}},
      {"fractional count",
       {{"/rules/0/match", R"({"shares_today_over": 2.5})"}},
       {{"rules[0].match.shares_today_over", "expected a whole number, found 2.5"}}},
      {"negative within",
       {{"/rules/0/unless", R"({"terms": ["x"], "within": -2})"}},
       {{"rules[0].unless.within", "must not be negative"}}},
      {"negative within_chars",
       {{"/rules/0/match", R"({"detector": "phone", "keywords": ["client"], "within_chars": -5})"}},
       {{"rules[0].match.within_chars", "must not be negative"}}},
  };
  for (const auto& c : cases)
    expect_errors(c);
}

TEST(CharterMistakes, EveryMistakeIsReportedTogether) {
  const Case three = {"three mistakes",
                      {{"/rules/0/action", R"("deny")"},
                       {"/rules/0/match", R"({"near": ["@prodcuts", "risk"], "within": 3})"},
                       {"/disclaimers/0/text/en", R"("")"}},
                      {{"rules[0].action", "unknown action"},
                       {"rules[0].match.near[0]", "unknown list @prodcuts"},
                       {"disclaimers[0].text.en", "must not be empty"}}};
  expect_errors(three);

  const Case many = {
      "one in every part",
      {{"/version", "1"},
       {"/title/de", R"("Test")"},
       {"/lists/money/0", R"("@money")"},
       {"/rules/0/status", R"("off")"},
       {"/rules/0/scope", R"({"origins": ["imported"]})"},
       {"/rules/0/match", R"({"all": [{"pattern": "É"}, {"not": {"detector": "vin"}}]})"},
       {"/disclaimers/0/short", R"({"en": ""})"}},
      {{"version", "expected a string"},
       {"title.de", "unknown key"},
       {"lists.money[0]", "a list may not name another list"},
       {"rules[0].match.all[0].pattern", "never holds \"É\""},
       {"rules[0].match.all[1].not.detector", "unknown detector"},
       {"rules[0].scope.origins[0]", "unknown origin"},
       {"rules[0].status", "unknown status"},
       {"disclaimers[0].short.en", "must not be empty"}}};
  expect_errors(many);
}

TEST(CharterMistakes, TheMessageListsEveryErrorOnItsOwnLine) {
  Json doc = Json::parse(kValid);
  doc["rules"][0]["action"] = "deny";
  doc["rules"][0]["match"] = Json::parse(R"({"near": ["@prodcuts", "risk"], "within": 3})");
  const auto result = load_charter(doc);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message(),
            "rules[0].action: unknown action \"deny\" (block, review, flag or warn)\n"
            "rules[0].match.near[0]: unknown list @prodcuts");
  EXPECT_EQ(result.error().details()["errors"][1],
            Json({{"path", "rules[0].match.near[0]"}, {"message", "unknown list @prodcuts"}}));
}

TEST(CharterMistakes, OtherErrorsCarryNoCharterErrors) {
  EXPECT_TRUE(charter_errors(Error::invalid_field("name", "too long")).empty());
}

}  // namespace
}  // namespace pv::policy
