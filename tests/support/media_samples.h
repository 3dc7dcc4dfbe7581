// The first bytes of real image and PDF files, built for tests: what media
// type detection and the size parsers read. Each is a well-formed header of
// its format (a PNG signature and IHDR chunk, a JPEG with a JFIF segment and
// a baseline frame header...) followed by filler.
#pragma once

#include <cstdint>
#include <string>

namespace pv::testing {

inline std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
          static_cast<char>(v)};
}
inline std::string be16(std::uint32_t v) {
  return {static_cast<char>(v >> 8), static_cast<char>(v)};
}
inline std::string le16(std::uint32_t v) {
  return {static_cast<char>(v), static_cast<char>(v >> 8)};
}
inline std::string le24(std::uint32_t v) {
  return {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16)};
}
inline std::string le32(std::uint32_t v) {
  return le16(v & 0xFFFF) + le16(v >> 16);
}

inline std::string filler(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i)
    out += static_cast<char>('a' + i % 26);
  return out;
}

inline std::string png_bytes(std::uint32_t width, std::uint32_t height, std::size_t extra = 64) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + be32(width) + be32(height) +
         std::string("\x08\x06\x00\x00\x00", 5) + be32(0x12345678) + filler(extra);
}

inline std::string gif_bytes(std::uint32_t width, std::uint32_t height) {
  return "GIF89a" + le16(width) + le16(height) + std::string("\xf7\x00\x00", 3) + filler(32);
}

inline std::string jpeg_bytes(std::uint32_t width, std::uint32_t height) {
  std::string app0 = std::string("\xff\xe0", 2) + be16(16) + std::string("JFIF\0\x01\x01\0", 8) +
                     be16(72) + be16(72) + std::string("\0\0", 2);
  std::string sof = std::string("\xff\xc0", 2) + be16(17) + "\x08" + be16(height) + be16(width) +
                    std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
  return std::string("\xff\xd8", 2) + app0 + sof + filler(32);
}

inline std::string webp_vp8x_bytes(std::uint32_t width, std::uint32_t height) {
  std::string chunk = "VP8X" + le32(10) + std::string(4, '\0') + le24(width - 1) + le24(height - 1);
  return "RIFF" + le32(static_cast<std::uint32_t>(4 + chunk.size())) + "WEBP" + chunk + filler(16);
}

inline std::string webp_vp8l_bytes(std::uint32_t width, std::uint32_t height) {
  std::uint32_t bits = (width - 1) | ((height - 1) << 14);
  std::string chunk = "VP8L" + le32(5) + "\x2f" + le32(bits);
  return "RIFF" + le32(static_cast<std::uint32_t>(4 + chunk.size())) + "WEBP" + chunk + filler(16);
}

inline std::string webp_vp8_bytes(std::uint32_t width, std::uint32_t height) {
  std::string chunk =
      "VP8 " + le32(10) + std::string("\x10\x02\x00\x9d\x01\x2a", 6) + le16(width) + le16(height);
  return "RIFF" + le32(static_cast<std::uint32_t>(4 + chunk.size())) + "WEBP" + chunk + filler(16);
}

inline std::string pdf_bytes() {
  return "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
}

}  // namespace pv::testing
