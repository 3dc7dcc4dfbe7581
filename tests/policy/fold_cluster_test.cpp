// Why folding cluster by cluster is folding the whole text: the properties
// fold_unicode.h relies on, checked over every code point of the Unicode
// version utf8proc implements; and the folded text checked against the steps
// of CHARTER.md applied to the whole text at once.
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <utf8proc.h>

#include "corpus.h"
#include "policy/fold.h"
#include "policy/fold_unicode.h"
#include "policy/random_text.h"

namespace pv::policy {
namespace {

bool is_mark(utf8proc_int32_t c) {
  const auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

std::vector<utf8proc_int32_t> decompose_char(utf8proc_int32_t c, int options) {
  utf8proc_int32_t buf[64];
  int boundclass = 0;
  const auto n =
      utf8proc_decompose_char(c, buf, 64, static_cast<utf8proc_option_t>(options), &boundclass);
  return std::vector<utf8proc_int32_t>(buf, buf + n);
}

// utf8proc_map over a whole string, with the given options.
std::string map(const std::string& s, int options) {
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                              static_cast<utf8proc_ssize_t>(s.size()), &out,
                              static_cast<utf8proc_option_t>(options));
  EXPECT_GE(n, 0);
  std::string result(reinterpret_cast<const char*>(out), n < 0 ? 0 : static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

std::string encode(const std::vector<utf8proc_int32_t>& cps) {
  std::string s;
  for (auto c : cps) {
    char buf[4];
    s.append(buf, static_cast<std::size_t>(detail::encode_utf8(static_cast<char32_t>(c), buf)));
  }
  return s;
}

constexpr int kNfkc = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;

TEST(FoldCluster, EveryCodePointKeepsClustersIndependent) {
  for (utf8proc_int32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const auto cp = static_cast<char32_t>(c);
    const bool starts = detail::starts_cluster(cp);
    // Only combining marks have a non-zero combining class, so all that NFD
    // reorders, step 2 drops; and none of them starts a cluster.
    if (utf8proc_get_property(c)->combining_class != 0) {
      ASSERT_TRUE(is_mark(c)) << std::hex << c;
      ASSERT_FALSE(starts) << std::hex << c;
    }
    // Whatever NFKC may compose with the character before it (the later
    // characters of a canonical decomposition) does not start a cluster.
    const auto canonical = decompose_char(c, UTF8PROC_DECOMPOSE);
    for (std::size_t i = 1; i < canonical.size(); ++i) {
      ASSERT_FALSE(detail::starts_cluster(static_cast<char32_t>(canonical[i])))
          << std::hex << canonical[i] << " in " << c;
    }
    // Neither does a character whose compatibility decomposition begins
    // with such a character.
    const auto compat = decompose_char(c, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
    if (starts) {
      ASSERT_EQ(utf8proc_get_property(compat[0])->combining_class, 0) << std::hex << c;
      ASSERT_FALSE(is_mark(compat[0])) << std::hex << c;
    }
    // White space and line breaks always start a cluster, so a line break is
    // never hidden inside another character's cluster.
    if (detail::is_white_space(cp)) {
      ASSERT_TRUE(starts) << std::hex << c;
    }
  }
}

TEST(FoldCluster, CaseFoldingNeedsNoSecondNfkc) {
  // CHARTER.md folds with NFKC then case folding, and no NFKC after: Unicode's
  // NFKC_Casefold adds one because case folding can give characters NFKC
  // would change. For every code point, what case folding gives has no
  // compatibility decomposition, so the two orders fold alike; this pins it
  // for the Unicode version utf8proc implements.
  for (utf8proc_int32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const auto nfkc = decompose_char(c, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
    std::vector<utf8proc_int32_t> folded;
    for (auto x : nfkc) {
      for (auto y : decompose_char(x, UTF8PROC_CASEFOLD))
        folded.push_back(y);
    }
    std::vector<utf8proc_int32_t> nfd, nfkd;
    for (auto x : folded) {
      for (auto y : decompose_char(x, UTF8PROC_DECOMPOSE))
        nfd.push_back(y);
      for (auto y : decompose_char(x, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT))
        nfkd.push_back(y);
    }
    ASSERT_EQ(nfd, nfkd) << std::hex << c;
  }
}

// CHARTER.md's steps 1 to 3 applied to the whole text, written apart from
// fold_unicode.cpp: utf8proc_map for each normalization, then the mappings.
std::string fold_whole(const std::string& text) {
  const std::string nfkc = map(text, kNfkc);
  const std::string folded = map(nfkc, UTF8PROC_CASEFOLD);
  const std::string nfd = map(folded, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(nfd.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(nfd.size());
  while (left > 0) {
    utf8proc_int32_t c;
    const auto n = utf8proc_iterate(p, left, &c);
    p += n;
    left -= n;
    if (is_mark(c) || utf8proc_category(c) == UTF8PROC_CATEGORY_CF) continue;
    const std::u32string apostrophes = U"\u2018\u2019\u201A\u201B\u2032\u02BC";
    const std::u32string quotes = U"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";
    const std::u32string spaces =
        U"\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
        U"\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
    const auto cp = static_cast<char32_t>(c);
    if (spaces.find(cp) != std::u32string::npos) {
      if (out.empty() || out.back() != ' ') out += ' ';
      continue;
    }
    std::vector<utf8proc_int32_t> mapped = {c};
    if (cp == U'œ') mapped = {'o', 'e'};
    if (cp == U'æ') mapped = {'a', 'e'};
    if (apostrophes.find(cp) != std::u32string::npos) mapped = {'\''};
    if (quotes.find(cp) != std::u32string::npos) mapped = {'"'};
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) mapped = {'-'};
    out += encode(mapped);
  }
  return out;
}

TEST(FoldCluster, FoldingWholeTextGivesTheSameText) {
  for (const std::string& post : bench::make_corpus(300'000, 3)) {
    ASSERT_EQ(fold(post).text(), fold_whole(post)) << post;
  }
  testing::Rng rng(99);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = testing::random_text(rng);
    ASSERT_EQ(fold_reference(text).text(), fold_whole(text)) << text;
  }
}

}  // namespace
}  // namespace pv::policy
