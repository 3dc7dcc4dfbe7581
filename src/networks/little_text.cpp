#include "networks/little_text.h"

#include <algorithm>

namespace pv::networks {
namespace {

constexpr std::string_view kReserved = "\\|{}@[]()<>#*_~";

bool reserved(char c) {
  return kReserved.find(c) != std::string_view::npos;
}

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A letter or digit: ASCII alphanumerics, and any byte of a non-ASCII character
// (accented letters in French hashtags).
bool word(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool starts_url(std::string_view rest) {
  auto lower = [](std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), s.begin(),
                      [](char p, char c) { return p == (c >= 'A' && c <= 'Z' ? c + 32 : c); });
  };
  return lower(rest, "http://") || lower(rest, "https://");
}

// The length of the URL at the start of `rest`: up to white space, less the
// reserved characters at its end that it did not open.
std::size_t url_length(std::string_view rest) {
  std::size_t end = 0;
  while (end < rest.size() && !space(rest[end]))
    ++end;
  while (end > 0 && reserved(rest[end - 1])) {
    char c = rest[end - 1];
    char open = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : '\0';
    auto inside = rest.substr(0, end - 1);
    if (open && std::count(inside.begin(), inside.end(), open) >
                    std::count(inside.begin(), inside.end(), c)) {
      break;  // it closes a bracket of the URL's own: part of it
    }
    --end;
  }
  return end;
}

}  // namespace

std::string escape_little_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool after_word = i > 0 && word(text[i - 1]);
    if ((c == 'h' || c == 'H') && !after_word && starts_url(text.substr(i))) {
      auto n = url_length(text.substr(i));
      out.append(text.substr(i, n));
      i += n;
      if (n > 0) continue;
    }
    if (c == '#' && !after_word && i + 1 < text.size() && word(text[i + 1])) {
      out += c;
      ++i;
      while (i < text.size() && word(text[i]))
        out += text[i++];
      continue;
    }
    if (reserved(c)) out += '\\';
    out += c;
    ++i;
  }
  return out;
}

}  // namespace pv::networks
