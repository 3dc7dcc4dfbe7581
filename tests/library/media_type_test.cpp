// Media type detection by magic numbers, and image sizes from headers.
#include "library/media_type.h"

#include <gtest/gtest.h>

#include "library/image_size.h"
#include "support/media_samples.h"

namespace pv::testing {
namespace {

struct Case {
  const char* name;
  std::string declared;
  std::string bytes;
  std::string type;  // as stored
  int width;         // 0: no dimensions
  int height;
};

TEST(MediaTypeTest, EachAcceptedTypeWithItsSize) {
  const std::vector<Case> cases = {
      {"png", "image/png", png_bytes(1200, 627), "image/png", 1200, 627},
      {"png, with parameters and capitals", "Image/PNG; charset=binary", png_bytes(1, 1),
       "image/png", 1, 1},
      {"jpeg", "image/jpeg", jpeg_bytes(1080, 1350), "image/jpeg", 1080, 1350},
      {"gif", "image/gif", gif_bytes(480, 270), "image/gif", 480, 270},
      {"webp lossy", "image/webp", webp_vp8_bytes(800, 418), "image/webp", 800, 418},
      {"webp lossless", "image/webp", webp_vp8l_bytes(16383, 2), "image/webp", 16383, 2},
      {"webp extended", "image/webp", webp_vp8x_bytes(4000, 3000), "image/webp", 4000, 3000},
      {"pdf", "application/pdf", pdf_bytes(), "application/pdf", 0, 0},
  };
  for (const auto& c : cases) {
    auto info = library::inspect_media(c.declared, c.bytes);
    ASSERT_TRUE(info) << c.name << ": " << info.error().message();
    EXPECT_EQ(info->content_type, c.type) << c.name;
    if (c.width) {
      EXPECT_EQ(info->width, c.width) << c.name;
      EXPECT_EQ(info->height, c.height) << c.name;
    } else {
      EXPECT_FALSE(info->width) << c.name;
    }
  }
}

TEST(MediaTypeTest, BytesThatAreNotOfTheDeclaredTypeAre415) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"application/pdf", png_bytes(10, 10)},  // a PNG renamed .pdf
      {"image/png", jpeg_bytes(10, 10)},
      {"image/jpeg", gif_bytes(10, 10)},
      {"image/webp", std::string("RIFF\x10\0\0\0WAVEfmt ", 16)},
      {"image/gif", "<svg xmlns='http://www.w3.org/2000/svg'/>"},
      {"image/png", ""},
  };
  for (const auto& [declared, bytes] : cases) {
    auto info = library::inspect_media(declared, bytes);
    ASSERT_FALSE(info) << declared;
    EXPECT_EQ(info.error().kind(), ErrorKind::kUnsupportedMedia);
    EXPECT_EQ(info.error().code(), "unsupported_media_type");
  }
  auto renamed = library::inspect_media("application/pdf", png_bytes(10, 10));
  EXPECT_EQ(renamed.error().details()["detected"], "image/png");
  EXPECT_NE(renamed.error().message().find("PNG"), std::string::npos);
}

TEST(MediaTypeTest, TypesOutsideTheListAre415) {
  for (const char* declared : {"image/svg+xml", "text/html", "application/octet-stream", ""}) {
    auto info = library::inspect_media(declared, png_bytes(1, 1));
    ASSERT_FALSE(info) << declared;
    EXPECT_EQ(info.error().kind(), ErrorKind::kUnsupportedMedia) << declared;
  }
}

TEST(MediaTypeTest, DamagedOrTruncatedHeadersAreRefusedWithoutReadingPastTheEnd) {
  const std::string png = png_bytes(100, 100);
  for (std::size_t n = 8; n < 24; ++n) {
    EXPECT_FALSE(library::inspect_media("image/png", png.substr(0, n))) << n;
  }
  const std::string jpeg = jpeg_bytes(100, 100);
  // The frame header's width ends at byte 29.
  for (std::size_t n = 3; n < 29; ++n) {
    EXPECT_FALSE(library::jpeg_size(jpeg.substr(0, n))) << n;
  }
  EXPECT_TRUE(library::jpeg_size(jpeg.substr(0, 29)));
  for (const auto& webp : {webp_vp8_bytes(5, 5), webp_vp8l_bytes(5, 5), webp_vp8x_bytes(5, 5)}) {
    for (std::size_t n = 12; n < 30; ++n)
      EXPECT_FALSE(library::webp_size(webp.substr(0, n))) << n;
  }
  EXPECT_FALSE(library::png_size(png_bytes(0, 100)));  // a zero width is no image
  EXPECT_FALSE(library::gif_size("GIF89a\x01"));
  // A JPEG whose scan starts before any frame header.
  EXPECT_FALSE(library::jpeg_size(std::string("\xff\xd8\xff\xda\x00\x08", 6) + filler(20)));
}

TEST(MediaTypeTest, DetectTypeNamesWhatTheBytesAre) {
  EXPECT_EQ(library::detect_type(pdf_bytes()), "application/pdf");
  EXPECT_EQ(library::detect_type(webp_vp8x_bytes(2, 2)), "image/webp");
  EXPECT_EQ(library::detect_type("plain text"), std::nullopt);
  EXPECT_TRUE(library::is_accepted_type("image/gif"));
  EXPECT_FALSE(library::is_accepted_type("image/bmp"));
}

}  // namespace
}  // namespace pv::testing
