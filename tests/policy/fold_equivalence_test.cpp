// The fast path and the reference path must give identical results: text,
// words, breaks and offsets, on realistic posts and on random text.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus.h"
#include "policy/fold.h"
#include "policy/random_text.h"

namespace pv::policy {
namespace {

void expect_same_fold(const std::string& text) {
  const FoldedText fast = fold(text);
  const FoldedText reference = fold_reference(text);
  ASSERT_EQ(fast.text(), reference.text()) << text;
  ASSERT_EQ(fast.words(), reference.words()) << text;
  ASSERT_EQ(fast.original_length(), reference.original_length()) << text;
  for (const Word& w : fast.words()) {
    const OriginalSpan span = fast.original_span(w.begin, w.end);
    ASSERT_EQ(span, reference.original_span(w.begin, w.end)) << text;
    ASSERT_LT(span.start, span.end) << text;
    ASSERT_LE(span.end, fast.original_length()) << text;
  }
  // Every single byte too, which covers white space, punctuation and the
  // inside of expansions.
  for (std::uint32_t b = 0; b < fast.text().size(); ++b) {
    ASSERT_EQ(fast.original_span(b, b + 1), reference.original_span(b, b + 1)) << text << " @" << b;
  }
  ASSERT_TRUE(fast == reference) << text;
}

TEST(FoldEquivalence, RealisticPosts) {
  const std::vector<std::string> posts = bench::make_corpus(2'000'000, 7);
  ASSERT_GT(posts.size(), 1000u);
  for (const std::string& post : posts) {
    expect_same_fold(post);
    if (HasFatalFailure()) return;
  }
}

TEST(FoldEquivalence, RandomText) {
  testing::Rng rng(20261202);
  for (int i = 0; i < 20000; ++i) {
    expect_same_fold(testing::random_text(rng));
    if (HasFatalFailure()) return;
  }
}

TEST(FoldEquivalence, RandomPostLikeText) {
  testing::Rng rng(7);
  for (int i = 0; i < 20000; ++i) {
    expect_same_fold(testing::random_post_text(rng));
    if (HasFatalFailure()) return;
  }
}

TEST(FoldEquivalence, RandomBytes) {
  // Not valid UTF-8: callers must not pass it, but both paths still agree.
  testing::Rng rng(42);
  for (int i = 0; i < 5000; ++i) {
    std::string bytes(rng.below(24), '\0');
    for (char& b : bytes)
      b = static_cast<char>(rng.below(256));
    expect_same_fold(bytes);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace pv::policy
