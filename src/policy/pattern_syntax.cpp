// Validation of charter patterns. RE2 has no public parse tree, so a small
// scanner walks the pattern's syntax (escapes, classes, groups) to find the
// characters it matches literally and its assertions; RE2 itself then says
// whether the pattern compiles and, once the assertions are rewritten to an
// empty group, whether it can match the empty string.
#include "policy/pattern_syntax.h"

#include <cstdint>

#include "policy/fold.h"

namespace pv::policy {
namespace {

// Unicode's White_Space property (stable since Unicode 6.0).
bool is_white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// One code point of valid UTF-8 at `s[i]`; advances `i`.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t c = length == 1   ? lead
               : length == 2 ? lead & 0x1Fu
               : length == 3 ? lead & 0x0Fu
                             : lead & 0x07u;
  for (std::size_t k = 1; k < length && i + k < s.size(); ++k) {
    c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  }
  i += length;
  return c;
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What the scanner learns about a pattern.
struct Scan {
  std::vector<std::string> folded_away;   // literal characters folding changes, distinct
  std::vector<std::string> replacements;  // what folding makes of each
  bool double_white_space = false;
  std::string back_reference;      // the first one seen, e.g. "\1"
  std::string look_around;         // the first one seen, e.g. "(?="
  std::string without_assertions;  // the pattern with each assertion replaced by "(?:)"
};

class Scanner {
 public:
  explicit Scanner(std::string_view p) : p_(p) {}

  Scan run() {
    while (i_ < p_.size()) {
      if (quoted_) {
        scan_quoted();
      } else if (p_[i_] == '\\') {
        scan_escape();
      } else if (in_class_) {
        scan_class_char();
      } else if (p_[i_] == '[') {
        open_class();
      } else if (p_[i_] == '(' && p_.substr(i_, 2) == "(?") {
        scan_group_opening();
      } else if (p_[i_] == '^' || p_[i_] == '$') {
        ++i_;
        scan_.without_assertions += "(?:)";
      } else {
        literal();
      }
    }
    return std::move(scan_);
  }

 private:
  // A character the pattern matches as itself: folding must leave it alone.
  void literal() {
    const std::size_t start = i_;
    const char32_t c = next_code_point(p_, i_);
    const std::string_view text = p_.substr(start, i_ - start);
    scan_.without_assertions += text;
    if (c == ' ') return;
    const std::string folded = fold(text).text();
    if (folded == text) return;
    for (const auto& seen : scan_.folded_away) {
      if (seen == text) return;
    }
    scan_.folded_away.emplace_back(text);
    scan_.replacements.push_back(folded);
  }

  // Copies `n` bytes verbatim (syntax, not characters to match).
  void copy(std::size_t n) {
    n = std::min(n, p_.size() - i_);
    scan_.without_assertions += p_.substr(i_, n);
    i_ += n;
  }

  void scan_quoted() {
    if (p_.substr(i_, 2) == "\\E") {
      quoted_ = false;
      copy(2);
    } else {
      literal();
    }
  }

  void scan_escape() {
    if (i_ + 1 >= p_.size()) return copy(1);  // RE2 reports the trailing '\'
    const char e = p_[i_ + 1];
    if (e >= '1' && e <= '9') {
      if (scan_.back_reference.empty()) scan_.back_reference = std::string(p_.substr(i_, 2));
      return copy(2);
    }
    if (!in_class_ && (e == 'b' || e == 'B' || e == 'A' || e == 'z')) {
      i_ += 2;
      scan_.without_assertions += "(?:)";
      return;
    }
    if (e == 'Q') {
      quoted_ = true;
      return copy(2);
    }
    if ((e == 'x' || e == 'p' || e == 'P') && i_ + 2 < p_.size()) {
      if (p_[i_ + 2] == '{') {
        const std::size_t close = p_.find('}', i_ + 2);
        return copy(close == std::string_view::npos ? p_.size() - i_ : close + 1 - i_);
      }
      if (e == 'x') {
        std::size_t n = 2;
        while (n < 4 && i_ + n < p_.size() && is_hex(p_[i_ + n]))
          ++n;
        return copy(n);
      }
      return copy(3);  // \pL
    }
    // Any other escape stands for one code point (or a class like \d).
    std::size_t j = i_ + 1;
    next_code_point(p_, j);
    copy(j - i_);
  }

  void open_class() {
    in_class_ = true;
    copy(1);
    if (i_ < p_.size() && p_[i_] == '^') copy(1);    // negation, not a character
    if (i_ < p_.size() && p_[i_] == ']') literal();  // a leading ']' is literal
  }

  void scan_class_char() {
    if (p_[i_] == ']') {
      in_class_ = false;
      return copy(1);
    }
    if (p_.substr(i_, 2) == "[:") {  // [:alpha:], [:^space:]
      const std::size_t close = p_.find(":]", i_ + 2);
      if (close != std::string_view::npos) return copy(close + 2 - i_);
    }
    literal();
  }

  // "(?" opens a flag group, a named group, or something RE2 and PCRE differ
  // on; names and flags are syntax, not characters to match.
  void scan_group_opening() {
    const std::string_view rest = p_.substr(i_);
    for (std::string_view look : {"(?<=", "(?<!", "(?=", "(?!"}) {
      if (rest.substr(0, look.size()) == look) {
        if (scan_.look_around.empty()) scan_.look_around = std::string(look);
        return copy(look.size());
      }
    }
    if (rest.substr(0, 4) == "(?P<" || rest.substr(0, 3) == "(?<") {
      const std::size_t close = rest.find('>');
      return copy(close == std::string_view::npos ? rest.size() : close + 1);
    }
    std::size_t n = 2;
    while (n < rest.size() && rest[n] != ')' && rest[n] != ':')
      ++n;
    copy(n + 1);
  }

  std::string_view p_;
  std::size_t i_ = 0;
  bool in_class_ = false;
  bool quoted_ = false;
  Scan scan_;
};

bool has_double_white_space(std::string_view p) {
  bool previous = false;
  for (std::size_t i = 0; i < p.size();) {
    const bool white = is_white_space(next_code_point(p, i));
    if (white && previous) return true;
    previous = white;
  }
  return false;
}

// A character as the author can read it: invisible ones by code point.
std::string quoted(std::string_view s) {
  std::size_t i = 0;
  const char32_t c = s.empty() ? 0 : next_code_point(s, i);
  const bool invisible = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xAD ||
                         (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF ||
                         (is_white_space(c) && c != ' ');
  if (invisible && i == s.size()) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string name = "U+";
    for (int shift = c > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
      name += kHex[(c >> shift) & 0xF];
    return name;
  }
  return "\"" + std::string(s) + "\"";
}

}  // namespace

RE2::Options pattern_options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_posix_syntax(false);  // Perl classes and \b, ASCII in RE2
  options.set_longest_match(true);
  options.set_case_sensitive(true);
  options.set_log_errors(false);
  return options;
}

std::vector<std::string> pattern_problems(std::string_view regex) {
  std::vector<std::string> problems;
  const Scan scan = Scanner(regex).run();
  if (!scan.back_reference.empty()) {
    problems.push_back("back-references (" + scan.back_reference +
                       ") are not allowed: patterns must run in linear time (for a character "
                       "code, write \\x{...})");
  }
  if (!scan.look_around.empty()) {
    problems.push_back("look-around (" + scan.look_around +
                       "...) is not allowed: patterns must run in linear time");
  }
  if (problems.empty()) {
    const RE2 re(regex, pattern_options());
    if (!re.ok()) {
      problems.push_back("not a valid regular expression: " + re.error());
    } else {
      const RE2 bare(scan.without_assertions, pattern_options());
      if (bare.ok() && RE2::FullMatch("", bare)) {
        problems.push_back(
            "matches an empty string (with its ^ $ \\b \\B taken to hold): it must match at "
            "least one character");
      }
    }
  }
  if (!scan.folded_away.empty()) {
    std::string list;
    for (std::size_t k = 0; k < scan.folded_away.size(); ++k) {
      if (k > 0) list += ", ";
      list += quoted(scan.folded_away[k]);
      list += scan.replacements[k].empty() ? " (remove it)"
                                           : " (write " + quoted(scan.replacements[k]) + ")";
    }
    problems.push_back("the folded text never holds " + list +
                       ": patterns see lower-case text without accents");
  }
  if (has_double_white_space(regex)) {
    problems.push_back(
        "two white-space characters in a row never match: the folded text has single spaces");
  }
  return problems;
}

}  // namespace pv::policy
