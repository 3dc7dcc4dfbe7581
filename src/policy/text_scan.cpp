#include "policy/text_scan.h"

#include <algorithm>

namespace pv::policy {

TextScan::TextScan(const FoldedText& folded, const TermMatcher& terms, const PatternSet& patterns)
    : folded_(folded),
      patterns_(patterns),
      terms_(terms.match(folded)),
      pattern_hits_(patterns.size()) {}

Hit TextScan::hit_of_words(std::uint32_t first, std::uint32_t last) const {
  const auto& words = folded_.words();
  return Hit{first, last, words[first].begin, words[last].end, false};
}

Hit TextScan::hit_of_bytes(ByteSpan span) const {
  const auto& words = folded_.words();
  Hit hit{0, 0, span.begin, span.end, false};
  if (words.empty()) return hit;  // nothing to cover: word 0 stands in
  // The first word that ends after the span begins.
  const auto it = std::partition_point(words.begin(), words.end(),
                                       [&](const Word& w) { return w.end <= span.begin; });
  const auto i = static_cast<std::uint32_t>(it - words.begin());
  if (it == words.end()) {
    hit.first = hit.last = static_cast<std::uint32_t>(words.size() - 1);
  } else if (it->begin >= span.end) {
    hit.first = hit.last = i;  // overlaps no word: the one that follows
  } else {
    const auto stop =
        std::partition_point(it, words.end(), [&](const Word& w) { return w.begin < span.end; });
    hit.first = i;
    hit.last = static_cast<std::uint32_t>(stop - words.begin()) - 1;
  }
  return hit;
}

Hits TextScan::hits_of(const std::vector<ByteSpan>& spans) const {
  Hits hits;
  hits.reserve(spans.size());
  for (const ByteSpan& s : spans)
    hits.push_back(hit_of_bytes(s));
  return hits;
}

Hits TextScan::terms(std::uint32_t group) const {
  Hits hits;
  for (const TermHit& t : terms_.of(group))
    hits.push_back(hit_of_words(t.first, t.last));
  return hits;
}

const Hits& TextScan::pattern(std::uint32_t pattern) {
  auto& cached = pattern_hits_[pattern];
  if (!cached) {
    if (!pattern_candidates_) pattern_candidates_ = patterns_.candidates(folded_.text());
    cached = (*pattern_candidates_)[pattern] ? hits_of(patterns_.matches(pattern, folded_.text()))
                                             : Hits{};
  }
  return *cached;
}

const Hits& TextScan::detector(Detector detector) {
  auto& cached = detector_hits_[static_cast<std::size_t>(detector)];
  if (!cached) {
    if (detector == Detector::kUrl) {
      Hits hits;
      for (const UrlMatch& u : urls())
        hits.push_back(hit_of_bytes(u.span));
      cached = std::move(hits);
    } else if (detector == Detector::kEmail) {
      Hits hits;
      for (const EmailMatch& e : emails())
        hits.push_back(hit_of_bytes(e.span));
      cached = std::move(hits);
    } else {
      cached = hits_of(detect(detector, folded_.text()));
    }
  }
  return *cached;
}

const std::vector<UrlMatch>& TextScan::urls() {
  if (!urls_) urls_ = find_urls(folded_.text());
  return *urls_;
}

const std::vector<EmailMatch>& TextScan::emails() {
  if (!emails_) emails_ = find_emails(folded_.text());
  return *emails_;
}

}  // namespace pv::policy
