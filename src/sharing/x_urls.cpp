#include "sharing/x_urls.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <utf8proc.h>

#include "sharing/punycode.h"
#include "sharing/x_tlds.h"
#include "sharing/x_url_chars.h"

namespace pv::sharing::x_text {
namespace {

using namespace chars;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxUrlLength = 4096;
constexpr std::size_t kMaxTcoSlugLength = 40;
constexpr std::size_t kMaxLabelLength = 63;
constexpr std::int64_t kUnknown = -2;
constexpr std::int64_t kNoMatch = -1;

char16_t lower(char16_t c) {
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  return static_cast<char16_t>(utf8proc_tolower(c));
}

// One match of twitter-text's URL pattern (regexp/extractUrl.js).
struct Match {
  std::size_t begin = 0;          // the URL, scheme included
  std::size_t scheme_length = 0;  // 0, 7 or 8
  std::size_t domain_begin = 0;
  std::size_t domain_end = 0;
  bool has_path = false;
  std::size_t end = 0;
};

class Extractor {
 public:
  explicit Extractor(std::u16string_view text)
      : t_(text),
        n_(text.size()),
        run_end_(n_ + 1),
        ascii_run_end_(n_ + 1),
        next_underscore_(n_ + 1),
        best_(n_ + 1, kUnknown) {
    // Right to left: where each label run (and each ASCII label run) ends.
    run_end_[n_] = ascii_run_end_[n_] = next_underscore_[n_] = n_;
    for (std::size_t i = n_; i-- > 0;) {
      run_end_[i] = label_char(t_[i]) ? run_end_[i + 1] : i;
      ascii_run_end_[i] = ascii_domain_char(t_[i]) ? ascii_run_end_[i + 1] : i;
      next_underscore_[i] = t_[i] == u'_' ? i : next_underscore_[i + 1];
    }
  }

  std::vector<Entity> run() {
    std::vector<Entity> out;
    if (t_.find(u'.') == t_.npos) return out;  // no domain without a dot
    std::size_t pos = 0;                       // JavaScript's lastIndex
    while (pos < n_) {
      std::optional<Match> m;
      char16_t before = 0;  // 0: the URL starts the text
      for (std::size_t s = pos; s < n_ && !m; ++s) {
        if (preceding(t_[s]) && (m = match_at(s + 1))) {
          before = t_[s];
        } else if (s == 0) {
          m = match_at(0);
        }
      }
      if (!m) break;
      pos = m->end;
      accept(*m, before, out);
    }
    return out;
  }

 private:
  // The end of the top-level domain that starts at `q`, or kNone. `limit` is
  // the end of the string the pattern sees (the whole text, or one domain).
  std::size_t tld_end(std::size_t q, std::size_t limit) const {
    if (q >= limit) return kNone;
    const std::size_t max_len = std::min(max_tld_length(), limit - q);
    std::array<char16_t, 64> buf{};
    for (std::size_t i = 0; i < max_len && i < buf.size(); ++i)
      buf[i] = lower(t_[q + i]);
    for (const TldList list : {TldList::kGeneric, TldList::kCountry}) {
      // The lists are tried longest name first, as the generated alternation is.
      for (std::size_t len = std::min(max_len, buf.size()); len >= 2; --len) {
        if (is_tld(list, std::u16string_view(buf.data(), len)) &&
            (q + len >= limit || !tld_blocker(t_[q + len]))) {
          return q + len;
        }
      }
    }
    if (limit - q > 4 && lower(t_[q]) == u'x' && lower(t_[q + 1]) == u'n' && t_[q + 2] == u'-' &&
        t_[q + 3] == u'-') {
      std::size_t j = q + 4;
      while (j < limit && (ascii_alnum(t_[j]) || t_[j] == u'-'))
        ++j;
      if (j > q + 4) return j;
    }
    return kNone;
  }

  // A label at `q` followed by '.', starting and ending with a domain
  // character (validSubdomain); without '_' it may also be the domain name.
  bool subdomain_at(std::size_t q) const {
    if (q >= n_ || !domain_char(t_[q])) return false;
    const std::size_t e = run_end_[q];
    return e < n_ && t_[e] == u'.' && domain_char(t_[e - 1]);
  }
  bool domain_name_at(std::size_t q) const {
    return subdomain_at(q) && next_underscore_[q] >= run_end_[q];
  }

  // validSubdomain* validDomainName TLD, from `q`: the pattern takes as many
  // subdomains as it can, then gives them back until a label can be the domain
  // name with a top-level domain after it. Returns that label's start, or
  // kNoMatch. Memoised per position, so each label is judged once.
  std::int64_t domain_name_label(std::size_t q) {
    std::vector<std::size_t> chain;
    std::int64_t tail = kNoMatch;
    std::size_t p = q;
    while (true) {
      if (best_[p] != kUnknown) {
        tail = best_[p];
        break;
      }
      if (!subdomain_at(p)) {
        best_[p] = kNoMatch;
        break;
      }
      chain.push_back(p);
      p = run_end_[p] + 1;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      if (tail == kNoMatch && domain_name_at(*it) && tld_end(run_end_[*it] + 1, n_) != kNone) {
        tail = static_cast<std::int64_t>(*it);
      }
      best_[*it] = tail;
    }
    return tail;
  }

  bool scheme_at(std::size_t d, std::u16string_view scheme) const {
    if (n_ - d < scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
      if (lower(t_[d + i]) != scheme[i]) return false;
    }
    return true;
  }

  std::optional<Match> match_at(std::size_t d) {
    if (d >= n_) return std::nullopt;
    Match m;
    m.begin = d;
    m.scheme_length = scheme_at(d, u"https://") ? 8 : scheme_at(d, u"http://") ? 7 : 0;
    m.domain_begin = d + m.scheme_length;
    // Without its scheme, "http://…" is no domain either ("http" ends at ':').
    const std::int64_t label = domain_name_label(m.domain_begin);
    if (label == kNoMatch) return std::nullopt;
    m.domain_end = tld_end(run_end_[static_cast<std::size_t>(label)] + 1, n_);
    std::size_t p = m.domain_end;
    if (p + 1 < n_ && t_[p] == u':' && ascii_digit(t_[p + 1])) {
      p += 2;
      while (p < n_ && ascii_digit(t_[p]))
        ++p;
    }
    if (p < n_ && t_[p] == u'/') {
      m.has_path = true;
      p = path_end(p + 1);
    }
    if (p < n_ && t_[p] == u'?') {
      if (const std::size_t q = query_end(p + 1); q != kNone) p = q;
    }
    m.end = p;
    return m;
  }

  // validUrlBalancedParens at `i` ('('): its end, or kNone.
  std::size_t balanced_parens_end(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < n_ && path_char(t_[j]))
      ++j;
    if (j < n_ && t_[j] == u')') return j > i + 1 ? j + 1 : kNone;
    if (j >= n_ || t_[j] != u'(') return kNone;
    std::size_t k = j + 1;
    while (k < n_ && path_char(t_[k]))
      ++k;
    if (k == j + 1 || k >= n_ || t_[k] != u')') return kNone;
    std::size_t m = k + 1;
    while (m < n_ && path_char(t_[m]))
      ++m;
    return (m < n_ && t_[m] == u')') ? m + 1 : kNone;
  }

  // After "/": the longest run of path characters and balanced parentheses
  // that ends on a path-ending character or parentheses (validUrlPath).
  std::size_t path_end(std::size_t p) const {
    std::size_t last = p;
    std::size_t i = p;
    while (i < n_) {
      if (path_char(t_[i])) {
        ++i;
        if (path_end_char(t_[i - 1])) last = i;
      } else if (const std::size_t e = t_[i] == u'(' ? balanced_parens_end(i) : kNone; e != kNone) {
        i = last = e;
      } else {
        break;
      }
    }
    return last;
  }

  // After "?": query characters up to the last query-ending one, or kNone.
  std::size_t query_end(std::size_t p) const {
    std::size_t last = kNone;
    for (std::size_t i = p; i < n_ && query_char(t_[i]); ++i) {
      if (query_end_char(t_[i])) last = i + 1;
    }
    return last;
  }

  // validAsciiDomain run over the domain [begin, end) alone, as
  // `domain.replace(validAsciiDomain, …)` does: each ASCII domain in it.
  std::vector<std::pair<std::size_t, std::size_t>> ascii_domains(std::size_t begin,
                                                                 std::size_t end) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::vector<std::int64_t> memo(end - begin + 1, kUnknown);
    auto label_at = [&](std::size_t q) {
      if (q >= end || !ascii_domain_char(t_[q])) return false;
      const std::size_t e = std::min(ascii_run_end_[q], end);
      return e < end && t_[e] == u'.';
    };
    // The last top-level domain position of the label chain from `q`.
    auto last_tld = [&](std::size_t q) {
      std::vector<std::size_t> chain;
      std::int64_t tail = kNoMatch;
      std::size_t p = q;
      while (true) {
        if (memo[p - begin] != kUnknown) {
          tail = memo[p - begin];
          break;
        }
        chain.push_back(p);
        if (!label_at(p)) break;
        p = std::min(ascii_run_end_[p], end) + 1;
      }
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (tail == kNoMatch && tld_end(*it, end) != kNone) tail = static_cast<std::int64_t>(*it);
        memo[*it - begin] = tail;
      }
      return tail;
    };
    std::size_t pos = begin;
    while (pos < end) {
      bool found = false;
      for (std::size_t s = pos; s < end && !found; ++s) {
        if (!label_at(s)) continue;
        const std::int64_t tld = last_tld(std::min(ascii_run_end_[s], end) + 1);
        if (tld == kNoMatch) continue;
        const std::size_t e = tld_end(static_cast<std::size_t>(tld), end);
        out.emplace_back(s, e);
        pos = e;
        found = true;
      }
      if (!found) break;
    }
    return out;
  }

  // isValidUrl and idna.toAscii of extractUrlsWithIndices.js.
  bool valid(const Match& m) const {
    const auto domain = t_.substr(m.domain_begin, m.domain_end - m.domain_begin);
    if (domain.starts_with(u"xn--") && ascii_domains(m.domain_begin, m.domain_end).empty()) {
      return false;
    }
    std::size_t start = 0;
    while (true) {
      const std::size_t dot = std::min(domain.find(u'.', start), domain.size());
      const auto len = to_ascii_length(domain.substr(start, dot - start));
      if (!len || *len < 1 || *len > kMaxLabelLength) return false;
      if (dot == domain.size()) break;
      start = dot + 1;
    }
    const std::size_t scheme = m.scheme_length ? m.scheme_length : 8;  // "https://" assumed
    return scheme + (m.end - m.begin) <= kMaxUrlLength;
  }

  // A t.co link ends after its slug and query: its length, or kNone when it
  // is not one, or 0 when its slug is too long to be a link.
  std::size_t tco_length(const Match& m) const {
    const std::size_t prefix = m.begin + m.scheme_length;
    if (m.end - prefix < 6 || lower(t_[prefix]) != u't' || t_[prefix + 1] != u'.' ||
        lower(t_[prefix + 2]) != u'c' || lower(t_[prefix + 3]) != u'o' || t_[prefix + 4] != u'/') {
      return kNone;
    }
    std::size_t i = prefix + 5;
    while (i < m.end && ascii_alnum(t_[i]))
      ++i;
    const std::size_t slug = i - (prefix + 5);
    if (slug == 0) return kNone;
    if (slug > kMaxTcoSlugLength) return 0;
    if (i < m.end && t_[i] == u'?') {
      std::size_t last = kNone;
      for (std::size_t j = i + 1; j < m.end && query_char(t_[j]); ++j) {
        if (query_end_char(t_[j])) last = j + 1;
      }
      if (last != kNone) i = last;
    }
    return i - m.begin;
  }

  void accept(const Match& m, char16_t before, std::vector<Entity>& out) const {
    if (!valid(m)) return;
    if (m.scheme_length == 0) {
      if (before == u'-' || before == u'_' || before == u'.' || before == u'/') return;
      const auto domains = ascii_domains(m.domain_begin, m.domain_end);
      if (domains.empty()) return;
      for (const auto& [b, e] : domains)
        out.push_back({b, e - b});
      // The last one takes the port, path and query, when there is a path.
      if (m.has_path) out.back().length += m.end - m.domain_end;
      return;
    }
    std::size_t length = m.end - m.begin;
    if (const std::size_t tco = tco_length(m); tco != kNone) {
      if (tco == 0) return;
      length = tco;
    }
    out.push_back({m.begin, length});
  }

  std::u16string_view t_;
  std::size_t n_;
  std::vector<std::size_t> run_end_;
  std::vector<std::size_t> ascii_run_end_;
  std::vector<std::size_t> next_underscore_;
  std::vector<std::int64_t> best_;
};

}  // namespace

std::vector<Entity> extract_urls(std::u16string_view text) {
  return Extractor(text).run();
}

}  // namespace pv::sharing::x_text
