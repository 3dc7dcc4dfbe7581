// What an uploaded file really is: the accepted media types, recognised by
// their magic numbers (a PNG renamed .pdf is refused), and the width and
// height of images read from their headers.
//
// Pure functions: safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

namespace pv::library {

struct MediaInfo {
  std::string content_type;  // one of the accepted types, lower case
  std::optional<int> width;  // images only
  std::optional<int> height;
};

// image/png, image/jpeg, image/gif, image/webp, application/pdf.
bool is_accepted_type(std::string_view content_type);

// The accepted type whose magic numbers `bytes` start with, or nullopt.
std::optional<std::string> detect_type(std::string_view bytes);

// The declared Content-Type (parameters and case ignored) must be an accepted
// type and `bytes` must be a file of that type, with readable dimensions for
// an image: 415 unsupported_media_type otherwise, saying what the file is.
Result<MediaInfo> inspect_media(std::string_view declared_type, std::string_view bytes);

}  // namespace pv::library
