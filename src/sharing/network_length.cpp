#include "sharing/network_length.h"

#include <vector>

#include "sharing/utf16.h"
#include "sharing/x_emoji.h"
#include "sharing/x_urls.h"

namespace pv::sharing {
namespace {

// twitter-text's config v3: weights in hundredths of a character.
constexpr std::size_t kScale = 100;
constexpr std::size_t kUrlWeight = 23 * kScale;
constexpr std::size_t kDefaultWeight = 200;

// A code unit's weight: the ranges of config v3, else the default. A
// surrogate is never in a range, so an astral character weighs 2.
std::size_t unit_weight(char16_t c) {
  const bool light = c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) ||
                     (c >= 0x2032 && c <= 0x2037);
  return light ? kScale : kDefaultWeight;
}

}  // namespace

std::size_t x_weighted_length(std::string_view utf8) {
  const std::u16string text = to_nfc_utf16(utf8);
  const std::size_t n = text.size();
  // Entities by their first code unit, as parseTweet.js looks them up.
  std::vector<std::size_t> url_at(n, 0);
  std::vector<std::size_t> emoji_at(n, 0);
  for (const auto& e : x_text::extract_urls(text))
    url_at[e.begin] = e.length;
  for (const auto& e : x_text::extract_emoji(text))
    emoji_at[e.begin] = e.length;

  std::size_t weight = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (url_at[i] > 0) {
      weight += kUrlWeight;
      i += url_at[i] - 1;
    } else if (emoji_at[i] > 0) {
      weight += kDefaultWeight;
      i += emoji_at[i] - 1;
    } else {
      i += code_point_at(text, i).units - 1;  // a surrogate pair is one character
      weight += unit_weight(text[i]);
    }
  }
  return weight / kScale;
}

std::size_t network_length(Network network, std::string_view utf8) {
  switch (network) {
    case Network::kX: return x_weighted_length(utf8);
    case Network::kLinkedIn:
    case Network::kFacebook: return utf16_length(utf8);
  }
  return utf16_length(utf8);
}

std::size_t network_limit(Network network) {
  switch (network) {
    case Network::kLinkedIn: return 3000;
    case Network::kX: return 280;
    case Network::kFacebook: return 63206;
  }
  return 0;
}

}  // namespace pv::sharing
