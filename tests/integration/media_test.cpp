// Media files over HTTP: uploaded raw, checked to be what their type says,
// limited in size, stored once, served with their type.
#include "integration/library_fixture.h"
#include "support/media_samples.h"

namespace pv::testing {
namespace {

class MediaTest : public LibraryApiFixture {
 protected:
  HttpResponse upload(const std::string& who, const std::string& type, const std::string& bytes) {
    HeaderList headers = bearer(tokens_.at(who));
    headers.emplace_back("Content-Type", type);
    return client()->request("POST", "/api/v1/media", headers, bytes);
  }
};

TEST_F(MediaTest, AnImageIsStoredOnceAndServedWithItsType) {
  const std::string png = png_bytes(1200, 627, 500);
  auto r = upload("marketing", "image/png", png);
  ASSERT_EQ(r.status, 201) << r.body;
  auto media = r.json();
  EXPECT_EQ(media["content_type"], "image/png");
  EXPECT_EQ(media["bytes"], png.size());
  EXPECT_EQ(media["width"], 1200);
  EXPECT_EQ(media["height"], 627);
  EXPECT_EQ(media["sha256"].get<std::string>().size(), 64u);

  auto again = upload("marketing2", "image/png", png);
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json()["id"], media["id"]);  // the same bytes, stored once

  const std::string path = "/api/v1/media/" + media["id"].get<std::string>();
  auto served = client()->get(path, bearer(tokens_.at("toronto")));
  ASSERT_EQ(served.status, 200);
  EXPECT_EQ(served.body, png);
  EXPECT_EQ(served.header("Content-Type"), "image/png");
  EXPECT_EQ(served.header("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(served.header("Cache-Control")->find("max-age=31536000"), std::string::npos);
  HeaderList conditional = bearer(tokens_.at("toronto"));
  conditional.emplace_back("If-None-Match", *served.header("ETag"));
  auto unchanged = client()->get(path, conditional);
  EXPECT_EQ(unchanged.status, 304);
  EXPECT_TRUE(unchanged.body.empty());
  EXPECT_EQ(client()->get(path).status, 401);
  EXPECT_EQ(client()->get("/api/v1/media/nothing", bearer(tokens_.at("toronto"))).status, 404);
}

TEST_F(MediaTest, EveryAcceptedTypeIsRecognised) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"image/jpeg", jpeg_bytes(1080, 1080)},
      {"image/gif", gif_bytes(320, 200)},
      {"image/webp", webp_vp8x_bytes(800, 600)},
      {"application/pdf", pdf_bytes()},
  };
  for (const auto& [type, bytes] : files) {
    auto r = upload("marketing", type, bytes);
    ASSERT_EQ(r.status, 201) << type << " " << r.body;
    EXPECT_EQ(r.json()["content_type"], type);
    auto served = client()->get("/api/v1/media/" + r.json()["id"].get<std::string>(),
                                bearer(tokens_.at("marketing")));
    EXPECT_EQ(served.header("Content-Type"), type);
  }
}

TEST_F(MediaTest, APngRenamedToPdfIs415) {
  auto r = upload("marketing", "application/pdf", png_bytes(10, 10));
  ASSERT_EQ(r.status, 415) << r.body;
  EXPECT_EQ(r.json()["error"]["code"], "unsupported_media_type");
  EXPECT_EQ(r.json()["error"]["details"]["detected"], "image/png");
  EXPECT_EQ(upload("marketing", "image/svg+xml", "<svg/>").status, 415);
  EXPECT_EQ(upload("marketing", "image/png", "just text").status, 415);
}

TEST_F(MediaTest, OversizedUploadsAre413) {
  // Over media.max_bytes (6000), within the upload route's body limit (8192).
  auto over = upload("marketing", "image/png", png_bytes(10, 10, 7000));
  ASSERT_EQ(over.status, 413) << over.body;
  EXPECT_EQ(over.json()["error"]["code"], "media_too_large");
  EXPECT_EQ(over.json()["error"]["details"]["limit"], 6000);
  // Over the upload route's body limit: the server stops reading.
  EXPECT_EQ(upload("marketing", "image/png", png_bytes(10, 10, 9000)).status, 413);
  // The upload route's limit is larger than other routes' (4096).
  EXPECT_EQ(upload("marketing", "image/png", png_bytes(10, 10, 5000)).status, 201);
}

TEST_F(MediaTest, OnlyMarketingUploads) {
  auto r = upload("toronto", "image/png", png_bytes(10, 10));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(upload("compliance", "image/png", png_bytes(10, 10)).status, 403);
}

}  // namespace
}  // namespace pv::testing
