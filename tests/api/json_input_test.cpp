#include "api/json_input.h"

#include <gtest/gtest.h>

namespace pv::api {
namespace {

http::Request json_request(std::string body, std::string type = "application/json") {
  http::Request r;
  r.method = "POST";
  r.body = std::move(body);
  r.headers.add("Content-Type", std::move(type));
  return r;
}

ErrorKind kind_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::kInternal;
}

TEST(ParseJsonBody, RefusesWhatIsNotJson) {
  EXPECT_EQ(kind_of([] { parse_json_body(json_request("{\"a\": ")); }), ErrorKind::kBadRequest);
  EXPECT_EQ(kind_of([] { parse_json_body(json_request("{\"a\": \"\xC3\"}")); }),
            ErrorKind::kBadRequest);
  EXPECT_EQ(kind_of([] { parse_json_body(json_request("{}", "text/plain")); }),
            ErrorKind::kUnsupportedMedia);
  EXPECT_EQ(parse_json_body(json_request("{\"a\": 1}", "application/json; charset=utf-8"))["a"], 1);
  EXPECT_TRUE(parse_json_body(json_request("", "")).is_object());  // no body: {}
}

TEST(JsonFields, ReadsTypedFields) {
  JsonFields in(nlohmann::json{{"name", "Ana"}, {"tags", {"a", "b"}}, {"active", false}, {"n", 3}});
  EXPECT_EQ(in.required_string("name"), "Ana");
  EXPECT_EQ(in.string_array("tags"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(in.optional_bool("active"), false);
  EXPECT_EQ(in.optional_integer("n", 0, 10), 3);
  EXPECT_FALSE(in.optional_string("absent"));
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonFields, NamesEveryBadFieldAtOnce) {
  JsonFields in(nlohmann::json{{"name", 7}, {"tags", {"a", 1}}, {"n", 11}, {"typo", true}});
  in.required_string("name");
  in.required_string("email");
  in.string_array("tags");
  in.optional_integer("n", 0, 10);
  try {
    in.finish();
    FAIL() << "finish() accepted bad fields";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    const auto& fields = e.details()["fields"];
    EXPECT_EQ(fields["name"], "must be a string");
    EXPECT_EQ(fields["email"], "required");
    EXPECT_EQ(fields["tags"], "must be an array of strings");
    EXPECT_TRUE(fields.contains("n"));
    EXPECT_EQ(fields["typo"], "unknown field");
  }
}

TEST(JsonFields, RefusesABodyThatIsNotAnObject) {
  JsonFields in(nlohmann::json::array());
  EXPECT_THROW(in.finish(), Error);
}

}  // namespace
}  // namespace pv::api
