#include "library/image_size.h"

#include <cstdint>

namespace pv::library {
namespace {

std::uint32_t byte_at(std::string_view b, std::size_t i) {
  return static_cast<unsigned char>(b[i]);
}
std::uint32_t be16(std::string_view b, std::size_t i) {
  return byte_at(b, i) << 8 | byte_at(b, i + 1);
}
std::uint32_t be32(std::string_view b, std::size_t i) {
  return be16(b, i) << 16 | be16(b, i + 2);
}
std::uint32_t le16(std::string_view b, std::size_t i) {
  return byte_at(b, i) | byte_at(b, i + 1) << 8;
}
std::uint32_t le24(std::string_view b, std::size_t i) {
  return le16(b, i) | byte_at(b, i + 2) << 16;
}
std::uint32_t le32(std::string_view b, std::size_t i) {
  return le16(b, i) | le16(b, i + 2) << 16;
}

std::optional<ImageSize> sized(std::uint32_t width, std::uint32_t height) {
  constexpr std::uint32_t kMax = 1u << 30;
  if (width == 0 || height == 0 || width > kMax || height > kMax) return std::nullopt;
  return ImageSize{static_cast<int>(width), static_cast<int>(height)};
}

// JPEG start-of-frame markers (the ones that carry the dimensions): C0 to CF
// but DHT (C4), JPG (C8) and DAC (CC).
bool is_start_of_frame(std::uint32_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers that stand alone, without a length: TEM, RST0-7, SOI.
bool is_standalone(std::uint32_t marker) {
  return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
}

}  // namespace

std::optional<ImageSize> png_size(std::string_view b) {
  // Signature (8), then the IHDR chunk: length (4), "IHDR", width, height.
  if (b.size() < 24 || b.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8) ||
      b.substr(12, 4) != "IHDR") {
    return std::nullopt;
  }
  return sized(be32(b, 16), be32(b, 20));
}

std::optional<ImageSize> gif_size(std::string_view b) {
  if (b.size() < 10 || (b.substr(0, 6) != "GIF87a" && b.substr(0, 6) != "GIF89a")) {
    return std::nullopt;
  }
  return sized(le16(b, 6), le16(b, 8));
}

std::optional<ImageSize> jpeg_size(std::string_view b) {
  if (b.size() < 4 || byte_at(b, 0) != 0xFF || byte_at(b, 1) != 0xD8) return std::nullopt;
  std::size_t pos = 2;
  while (pos + 1 < b.size()) {
    if (byte_at(b, pos) != 0xFF) return std::nullopt;
    while (pos < b.size() && byte_at(b, pos) == 0xFF)
      ++pos;  // fill bytes
    if (pos >= b.size()) return std::nullopt;
    const std::uint32_t marker = byte_at(b, pos++);
    if (is_standalone(marker)) continue;
    if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // end, or scan data before a frame
    if (pos + 2 > b.size()) return std::nullopt;
    const std::uint32_t length = be16(b, pos);
    if (length < 2) return std::nullopt;
    if (is_start_of_frame(marker)) {
      // Length (2), precision (1), height (2), width (2).
      if (length < 7 || pos + 7 > b.size()) return std::nullopt;
      return sized(be16(b, pos + 5), be16(b, pos + 3));
    }
    pos += length;
  }
  return std::nullopt;
}

std::optional<ImageSize> webp_size(std::string_view b) {
  // RIFF header (12), then the first chunk's fourcc (4) and size (4), its data at 20.
  if (b.size() < 30 || b.substr(0, 4) != "RIFF" || b.substr(8, 4) != "WEBP") return std::nullopt;
  const std::string_view chunk = b.substr(12, 4);
  if (chunk == "VP8 ") {
    // Frame tag (3), start code 9D 01 2A, then 14-bit width and height.
    if (b.substr(23, 3) != "\x9d\x01\x2a") return std::nullopt;
    return sized(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
  }
  if (chunk == "VP8L") {
    // Signature 0x2F, then width - 1 and height - 1 in 14 bits each.
    if (byte_at(b, 20) != 0x2F) return std::nullopt;
    const std::uint32_t bits = le32(b, 21);
    return sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
  }
  if (chunk == "VP8X") {
    // Flags (1), reserved (3), canvas width - 1 and height - 1 in 24 bits each.
    return sized(le24(b, 24) + 1, le24(b, 27) + 1);
  }
  return std::nullopt;
}

}  // namespace pv::library
