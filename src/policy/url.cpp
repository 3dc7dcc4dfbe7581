#include "policy/url.h"

#include <algorithm>
#include <array>

#include <boost/url/parse.hpp>

#include "policy/char_class.h"

namespace pv::policy {
namespace {

constexpr std::array<std::string_view, 3> kPrefixes = {"http://", "https://", "www."};

bool ends_url(char32_t c) {
  return is_white_space(c) || c == U'<' || c == U'>' || c == U'"';
}

bool closing_punctuation(char c) {
  return std::string_view(".,;:!?)]}'").find(c) != std::string_view::npos;
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_ci(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[pos + i]) != prefix[i]) return false;
  }
  return true;
}

// The earliest prefix at or after `from`, with its length; npos when none.
std::pair<std::size_t, std::size_t> next_prefix(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = ascii_lower(text[i]);
    if (c != 'h' && c != 'w') continue;
    for (auto prefix : kPrefixes) {
      if (starts_with_ci(text, i, prefix)) return {i, prefix.size()};
    }
  }
  return {std::string_view::npos, 0};
}

// Makes an authority parseable by Boost.URL the way a browser would read it:
// every '@' but the last is user information, and bytes outside ASCII are
// percent-encoded (Boost.URL decodes them back in the host).
std::string prepare_authority(std::string_view authority) {
  const std::size_t last_at = authority.rfind('@');
  std::string out;
  out.reserve(authority.size());
  constexpr char kHex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < authority.size(); ++i) {
    const auto b = static_cast<unsigned char>(authority[i]);
    if (b >= 0x80 || (b == '@' && i != last_at)) {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0x0F];
    } else {
      out += static_cast<char>(b);
    }
  }
  return out;
}

}  // namespace

std::string normalize_host(std::string_view host) {
  std::string out(host);
  for (char& c : out)
    c = ascii_lower(c);
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

std::string url_host(std::string_view url) {
  std::size_t start;
  if (starts_with_ci(url, 0, "http://")) {
    start = 7;
  } else if (starts_with_ci(url, 0, "https://")) {
    start = 8;
  } else if (starts_with_ci(url, 0, "www.")) {
    start = 0;  // no scheme: the whole run begins with the authority
  } else {
    return {};
  }
  const std::size_t end = url.find_first_of("/?#\\", start);
  const auto authority = url.substr(start, end == std::string_view::npos ? url.npos : end - start);
  const std::string candidate = "http://" + prepare_authority(authority);
  const auto parsed = boost::urls::parse_uri(candidate);
  if (!parsed) return {};
  return normalize_host(parsed->host_address());
}

std::vector<UrlMatch> find_urls(std::string_view folded) {
  std::vector<UrlMatch> out;
  std::size_t from = 0;
  while (true) {
    const auto [start, prefix_len] = next_prefix(folded, from);
    if (start == std::string_view::npos) break;
    std::size_t end = start;
    while (end < folded.size()) {
      const char32_t c = code_point_at(folded, end);
      if (ends_url(c)) break;
      end = std::min(end + utf8_size(c), folded.size());
    }
    while (end > start && closing_punctuation(folded[end - 1]))
      --end;
    if (end <= start + prefix_len) {
      from = start + prefix_len;  // a bare prefix is no URL
      continue;
    }
    const auto text = folded.substr(start, end - start);
    out.push_back(
        {{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}, url_host(text)});
    from = end;
  }
  return out;
}

}  // namespace pv::policy
