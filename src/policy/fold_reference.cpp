// The reference fold: every cluster through utf8proc, no tables, no
// shortcuts. The fast path in fold.cpp is tested against it.
#include <string>

#include "policy/fold.h"
#include "policy/fold_builder.h"
#include "policy/fold_unicode.h"

namespace pv::policy {

FoldedText fold_reference(std::string_view original) {
  FoldBuilder out(original.size());
  detail::FoldScratch scratch;
  std::u32string cluster;
  std::u32string folded;
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const auto* const end = p + original.size();
  std::uint32_t o = 0;
  while (p < end) {
    const std::uint32_t ob = o;
    cluster.clear();
    bool line_break = false;
    do {
      char32_t cp;
      const int n = detail::decode_utf8(p, end, cp);
      if (!cluster.empty() && detail::starts_cluster(cp)) break;
      cluster += cp;
      line_break = line_break || detail::is_line_break(cp);
      p += n;
      ++o;
    } while (p < end);
    folded.clear();
    detail::fold_cluster(cluster, scratch, folded);
    out.append_cluster(ob, o, folded, line_break);
  }
  return std::move(out).finish(o);
}

}  // namespace pv::policy
