#include "standin/little_check.h"

#include <cctype>

namespace pv::standin {
namespace {

bool is_reserved(char c) {
  return std::string_view("\\|{}@[]()<>#*_~").find(c) != std::string_view::npos;
}

bool is_word(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
}

bool url_at(std::string_view s, std::size_t i) {
  auto rest = s.substr(i);
  auto prefixed = [&](std::string_view p) {
    if (rest.size() < p.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
      if (std::tolower(static_cast<unsigned char>(rest[k])) != p[k]) return false;
    }
    return true;
  };
  return (i == 0 || !is_word(s[i - 1])) && (prefixed("http://") || prefixed("https://"));
}

}  // namespace

LittleText read_little_text(std::string_view s) {
  LittleText out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_reserved(s[i + 1])) {
      out.plain += s[i + 1];
      i += 2;
    } else if (url_at(s, i)) {
      // Reserved characters need no escape in a URL; an escaped one (a closing
      // bracket the URL did not open) reads as itself.
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) {
        if (s[i] == '\\' && i + 1 < s.size() && is_reserved(s[i + 1])) ++i;
        out.plain += s[i++];
      }
    } else if (c == '#' && (i == 0 || !is_word(s[i - 1])) && i + 1 < s.size() &&
               is_word(s[i + 1])) {
      out.plain += s[i++];
    } else {
      if (is_reserved(c) && !out.unescaped_at) out.unescaped_at = i;
      out.plain += c;
      ++i;
    }
  }
  return out;
}

}  // namespace pv::standin
