// Width and height from the headers of PNG, JPEG, GIF and WebP files, read
// by hand from the few bytes each format puts them in. Bounds-checked: a
// truncated or malformed header gives nullopt, never a read past the end.
#pragma once

#include <optional>
#include <string_view>

namespace pv::library {

struct ImageSize {
  int width = 0;
  int height = 0;
};

std::optional<ImageSize> png_size(std::string_view bytes);
std::optional<ImageSize> jpeg_size(std::string_view bytes);
std::optional<ImageSize> gif_size(std::string_view bytes);
std::optional<ImageSize> webp_size(std::string_view bytes);

}  // namespace pv::library
