// A deterministic generator of English and French posts such as an advisor of
// a Québec financial firm writes on LinkedIn, X or Facebook: 200 to 3,000
// characters, accents, mixed case, typographic apostrophes and quotes,
// non-breaking spaces, line breaks, numbers, hashtags, links and the odd
// emoji. The same seed always gives the same posts, on every platform.
//
// Used by the benchmarks in bench/ and by tests that need realistic text.
// Pure functions; safe to call from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pv::bench {

// Post number `index` of the corpus `seed`, valid UTF-8.
std::string make_post(std::uint64_t seed, std::uint64_t index);

// Posts 0, 1, ... of the corpus `seed`, until they hold at least
// `total_bytes` bytes together.
std::vector<std::string> make_corpus(std::size_t total_bytes, std::uint64_t seed = 1);

// The everyday words posts are made of (64 English or 64 French words, lower
// case), for generators that want terms the posts contain.
std::vector<std::string_view> corpus_words(bool french);

}  // namespace pv::bench
