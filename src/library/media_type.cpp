#include "library/media_type.h"

#include <algorithm>
#include <array>

#include "library/image_size.h"

namespace pv::library {
namespace {

struct Format {
  std::string_view type;
  std::string_view name;  // for messages
  bool (*matches)(std::string_view bytes);
  std::optional<ImageSize> (*size)(std::string_view bytes);  // null: no dimensions
};

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

const std::array<Format, 5> kFormats = {{
    {"image/png", "a PNG image",
     [](std::string_view b) { return starts_with(b, std::string_view("\x89PNG\r\n\x1a\n", 8)); },
     png_size},
    {"image/jpeg", "a JPEG image",
     [](std::string_view b) { return starts_with(b, "\xff\xd8\xff"); }, jpeg_size},
    {"image/gif", "a GIF image",
     [](std::string_view b) { return starts_with(b, "GIF87a") || starts_with(b, "GIF89a"); },
     gif_size},
    {"image/webp", "a WebP image",
     [](std::string_view b) {
       return b.size() >= 12 && starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP";
     },
     webp_size},
    {"application/pdf", "a PDF document",
     [](std::string_view b) { return starts_with(b, "%PDF-"); }, nullptr},
}};

const Format* format_of(std::string_view type) {
  for (const auto& f : kFormats) {
    if (f.type == type) return &f;
  }
  return nullptr;
}

// "Image/PNG; charset=x" -> "image/png".
std::string essence(std::string_view declared) {
  declared = declared.substr(0, declared.find(';'));
  while (!declared.empty() && (declared.front() == ' ' || declared.front() == '\t'))
    declared.remove_prefix(1);
  while (!declared.empty() && (declared.back() == ' ' || declared.back() == '\t'))
    declared.remove_suffix(1);
  std::string out(declared);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Error unsupported(std::string message, nlohmann::json details) {
  return Error(ErrorKind::kUnsupportedMedia, "unsupported_media_type", std::move(message),
               std::move(details));
}

}  // namespace

bool is_accepted_type(std::string_view content_type) {
  return format_of(content_type) != nullptr;
}

std::optional<std::string> detect_type(std::string_view bytes) {
  for (const auto& f : kFormats) {
    if (f.matches(bytes)) return std::string(f.type);
  }
  return std::nullopt;
}

Result<MediaInfo> inspect_media(std::string_view declared_type, std::string_view bytes) {
  const std::string type = essence(declared_type);
  nlohmann::json accepted = nlohmann::json::array();
  for (const auto& f : kFormats)
    accepted.push_back(f.type);
  const Format* format = format_of(type);
  if (!format) {
    return unsupported("Upload a PNG, JPEG, GIF or WebP image, or a PDF document, with its type.",
                       {{"declared", type}, {"accepted", accepted}});
  }
  if (!format->matches(bytes)) {
    auto actual = detect_type(bytes);
    std::string what = "not one of the accepted types";
    if (actual) what = std::string(format_of(*actual)->name);
    return unsupported(
        "The file is " + what + ", not " + std::string(format->name) + ".",
        {{"declared", type}, {"detected", actual ? nlohmann::json(*actual) : nullptr}});
  }
  MediaInfo info{type, std::nullopt, std::nullopt};
  if (format->size) {
    auto size = format->size(bytes);
    if (!size) {
      return unsupported("The file starts like " + std::string(format->name) +
                             " but its header is damaged: its size cannot be read.",
                         {{"declared", type}});
    }
    info.width = size->width;
    info.height = size->height;
  }
  return info;
}

}  // namespace pv::library
