#include "audit/canonical_json.h"

#include <gtest/gtest.h>

namespace pv::audit {
namespace {

using nlohmann::json;

TEST(CanonicalJson, SortsMembersAndDropsWhiteSpace) {
  EXPECT_EQ(canonical_json(json::parse(R"({ "b": [1, 2, {"z": null, "a": true}], "a": "x" })")),
            R"({"a":"x","b":[1,2,{"a":true,"z":null}]})");
}

TEST(CanonicalJson, SortsByUtf16CodeUnits) {
  // RFC 8785 section 3.2.3's example: U+1F600 (surrogates D83D DE00) sorts
  // before U+FB33 in UTF-16, though after it in UTF-8 or by code point.
  json v = json::object();
  v["\xEF\xAC\xB3"] = 1;      // U+FB33
  v["\xF0\x9F\x98\x80"] = 2;  // U+1F600
  v["\xC2\x80"] = 3;          // U+0080
  v["1"] = 4;
  EXPECT_EQ(canonical_json(v),
            "{\"1\":4,\"\xC2\x80\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}");
}

TEST(CanonicalJson, EscapesStringsMinimally) {
  EXPECT_EQ(canonical_json(json("a\"b\\c\n\t\x01\x1f/é€\x7f")),
            "\"a\\\"b\\\\c\\n\\t\\u0001\\u001f/é€\x7f\"");
}

TEST(CanonicalJson, FormatsNumbersAsEcmaScript) {
  struct Case {
    double value;
    const char* text;
  } cases[] = {
      {0.0, "0"},
      {-0.0, "0"},
      {1.0, "1"},
      {0.25, "0.25"},
      {-1.5, "-1.5"},
      {1e21, "1e+21"},
      {1e20, "100000000000000000000"},
      {123456789012345680000.0, "123456789012345680000"},
      {1e-7, "1e-7"},
      {0.000001, "0.000001"},
      {4.5e-10, "4.5e-10"},
      {333333333.3333333, "333333333.3333333"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(canonical_json(json(c.value)), c.text) << c.text;
  EXPECT_EQ(canonical_json(json(42)), "42");
  EXPECT_EQ(canonical_json(json(-7)), "-7");
}

}  // namespace
}  // namespace pv::audit
