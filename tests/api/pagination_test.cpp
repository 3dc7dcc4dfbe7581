#include "api/pagination.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace pv::api {
namespace {

http::Request with_query(std::vector<std::pair<std::string, std::string>> query) {
  http::Request r;
  r.query = std::move(query);
  return r;
}

TEST(Pagination, DefaultsAndLimits) {
  EXPECT_EQ(page_request(with_query({})).limit, 50);
  EXPECT_EQ(page_request(with_query({{"limit", "200"}})).limit, 200);
  for (const char* bad : {"0", "201", "-1", "ten", "5x"}) {
    EXPECT_THROW(page_request(with_query({{"limit", bad}})), Error) << bad;
  }
}

TEST(Pagination, CursorsAreOpaqueAndChecked) {
  auto cursor = make_cursor("01abc");
  EXPECT_EQ(cursor.find("01abc"), std::string::npos);
  EXPECT_EQ(page_request(with_query({{"cursor", cursor}})).after, "01abc");
  EXPECT_THROW(page_request(with_query({{"cursor", "not-ours"}})), Error);
  auto page = page_json(nlohmann::json::array({1, 2}), std::nullopt);
  EXPECT_TRUE(page["next_cursor"].is_null());
  EXPECT_EQ(page_json(nlohmann::json::array(), std::string("x"))["next_cursor"], make_cursor("x"));
}

}  // namespace
}  // namespace pv::api
