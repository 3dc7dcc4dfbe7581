// TextScan: one check's view of the post: its folded text, its term
// occurrences (matched once, for every group), and, computed on first use
// and kept, the matches of each pattern, the finds of each detector, its URLs
// and its e-mail addresses, each as hits over the post's words (CHARTER.md,
// "Hits": a pattern or detector hit covers every word its characters overlap;
// one that overlaps no word covers the word that follows it, or the last one).
//
// One per check, used by one thread.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "policy/detectors.h"
#include "policy/email.h"
#include "policy/fold.h"
#include "policy/hit.h"
#include "policy/pattern_set.h"
#include "policy/term_matcher.h"
#include "policy/url.h"

namespace pv::policy {

class TextScan {
 public:
  TextScan(const FoldedText& folded, const TermMatcher& terms, const PatternSet& patterns);

  const FoldedText& folded() const { return folded_; }

  // The occurrences of a term group, as hits in word order.
  Hits terms(std::uint32_t group) const;
  bool any_term(std::uint32_t group) const { return terms_.any(group); }
  std::span<const TermHit> term_hits(std::uint32_t group) const { return terms_.of(group); }

  const Hits& pattern(std::uint32_t pattern);
  const Hits& detector(Detector detector);
  const std::vector<UrlMatch>& urls();
  const std::vector<EmailMatch>& emails();

  // The hit of a term occurrence / of folded bytes (see above).
  Hit hit_of_words(std::uint32_t first, std::uint32_t last) const;
  Hit hit_of_bytes(ByteSpan span) const;

 private:
  Hits hits_of(const std::vector<ByteSpan>& spans) const;

  const FoldedText& folded_;
  const PatternSet& patterns_;
  TermHits terms_;
  std::optional<std::vector<bool>> pattern_candidates_;
  std::vector<std::optional<Hits>> pattern_hits_;
  std::array<std::optional<Hits>, kAllDetectors.size()> detector_hits_;
  std::optional<std::vector<UrlMatch>> urls_;
  std::optional<std::vector<EmailMatch>> emails_;
};

}  // namespace pv::policy
