// schema/charter.schema.json against the loader: the schema parses, and every
// object it describes allows exactly the keys the loader accepts (and requires
// the ones it requires), so that the two cannot drift apart.
#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "policy/charter.h"
#include "policy/charter_keys.h"
#include "source_files.h"

namespace pv::policy {
namespace {

using Json = nlohmann::json;
using Names = std::set<std::string>;

const Json& schema() {
  static const Json parsed = Json::parse(testing::read_source_file("schema/charter.schema.json"));
  return parsed;
}

template <class Keys>
Names names(const Keys& keys) {
  return Names(keys.begin(), keys.end());
}

Names properties(const Json& object) {
  Names out;
  for (const auto& [key, unused] : object.at("properties").items())
    out.insert(key);
  return out;
}

Names required(const Json& object) {
  Names out;
  if (object.contains("required")) {
    for (const auto& key : object["required"])
      out.insert(key.get<std::string>());
  }
  return out;
}

const Json& def(const std::string& name) {
  return schema().at("$defs").at(name);
}

TEST(CharterSchema, IsDraft202012) {
  EXPECT_EQ(schema().at("$schema"), "https://json-schema.org/draft/2020-12/schema");
}

TEST(CharterSchema, ObjectsAllowExactlyTheLoadersKeys) {
  EXPECT_EQ(properties(schema()), names(keys::kCharter));
  EXPECT_EQ(required(schema()), names(keys::kCharterRequired));
  EXPECT_EQ(properties(def("rule")), names(keys::kRule));
  EXPECT_EQ(required(def("rule")), names(keys::kRuleRequired));
  EXPECT_EQ(properties(def("exception")), names(keys::kException));
  EXPECT_EQ(required(def("exception")), names(keys::kExceptionRequired));
  EXPECT_EQ(properties(def("disclaimer")), names(keys::kDisclaimer));
  EXPECT_EQ(required(def("disclaimer")), names(keys::kDisclaimerRequired));
  EXPECT_EQ(properties(def("localized")), names(keys::kLocalized));
  EXPECT_EQ(required(def("localized")), names(keys::kLocalizedRequired));
  EXPECT_EQ(properties(def("scope")), names(keys::kScope));
  EXPECT_EQ(properties(def("when")), names(keys::kWhen));
}

TEST(CharterSchema, EachExpressionObjectHasItsOperatorAndItsKeys) {
  for (std::string_view op : keys::kExpressionOperators) {
    SCOPED_TRACE(op);
    const Json& d = def(std::string(op));
    const Names expected = op == "near"       ? names(keys::kNear)
                           : op == "detector" ? names(keys::kDetector)
                                              : Names{std::string(op)};
    EXPECT_EQ(properties(d), expected);
    EXPECT_TRUE(required(d).contains(std::string(op)));
  }
  // An expression is terms or any operator object but `not`, which only
  // `all` admits.
  Names alternatives;
  for (const auto& alt : def("expression").at("anyOf")) {
    alternatives.insert(alt.at("$ref").get<std::string>().substr(std::string("#/$defs/").size()));
  }
  Names expected = names(keys::kExpressionOperators);
  expected.erase("not");
  expected.insert("termsExpression");
  EXPECT_EQ(alternatives, expected);
}

TEST(CharterSchema, EveryObjectRefusesUnknownKeys) {
  std::vector<const Json*> objects = {&schema()};
  for (const auto& [name, d] : schema().at("$defs").items()) {
    if (d.contains("properties")) objects.push_back(&d);
  }
  EXPECT_GT(objects.size(), 15u);
  for (const Json* o : objects) {
    EXPECT_EQ(o->at("additionalProperties"), false) << o->dump().substr(0, 80);
  }
}

TEST(CharterSchema, EnumsAreTheLoadersNames) {
  const auto values = [](const Json& e) {
    Names out;
    for (const auto& v : e.at("enum"))
      out.insert(v.get<std::string>());
    return out;
  };
  EXPECT_EQ(values(def("action")), (Names{"block", "review", "flag", "warn"}));
  for (const auto& name : values(def("action")))
    EXPECT_TRUE(parse_action(name)) << name;
  const Names detectors = values(def("detector").at("properties").at("detector"));
  EXPECT_EQ(detectors.size(), 6u);
  for (const auto& name : detectors)
    EXPECT_TRUE(parse_detector(name)) << name;
  const Json& scope = def("scope").at("properties");
  for (const auto& name : values(scope.at("networks").at("items"))) {
    EXPECT_TRUE(parse_network(name)) << name;
  }
  for (const auto& name : values(scope.at("origins").at("items"))) {
    EXPECT_TRUE(parse_origin(name)) << name;
  }
  EXPECT_EQ(values(scope.at("networks").at("items")).size(), 3u);
  EXPECT_EQ(values(scope.at("origins").at("items")).size(), 3u);
}

}  // namespace
}  // namespace pv::policy
