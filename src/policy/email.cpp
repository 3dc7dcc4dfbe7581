#include "policy/email.h"

namespace pv::policy {
namespace {

bool ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_alnum(char c) {
  return ascii_letter(c) || (c >= '0' && c <= '9');
}
bool local_char(char c) {
  return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool label_char(char c) {
  return ascii_alnum(c) || c == '-';
}

// The end of the domain that starts at `p`, or `p` when there is none.
std::size_t domain_end(std::string_view t, std::size_t p) {
  std::size_t labels = 0;
  std::size_t best = p;  // end of the last acceptable final label seen
  std::size_t i = p;
  while (true) {
    const std::size_t start = i;
    bool letters_only = true;
    while (i < t.size() && label_char(t[i])) {
      letters_only = letters_only && ascii_letter(t[i]);
      ++i;
    }
    if (i == start) break;  // an empty label ends the domain
    ++labels;
    if (labels >= 2 && letters_only && i - start >= 2) best = i;
    if (i + 1 < t.size() && t[i] == '.' && label_char(t[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  return best;
}

}  // namespace

std::vector<EmailMatch> find_emails(std::string_view folded) {
  std::vector<EmailMatch> out;
  std::size_t last_end = 0;
  for (std::size_t at = folded.find('@'); at != std::string_view::npos;
       at = folded.find('@', at + 1)) {
    if (at < last_end) continue;
    std::size_t start = at;
    while (start > last_end && local_char(folded[start - 1]))
      --start;
    if (start == at) continue;
    const std::size_t end = domain_end(folded, at + 1);
    if (end == at + 1) continue;
    out.push_back({{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)},
                   {static_cast<std::uint32_t>(at + 1), static_cast<std::uint32_t>(end)}});
    last_end = end;
  }
  return out;
}

}  // namespace pv::policy
