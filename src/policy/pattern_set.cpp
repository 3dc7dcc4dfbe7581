#include "policy/pattern_set.h"

#include <algorithm>

#include "policy/pattern_syntax.h"

namespace pv::policy {
namespace {

Error internal(const std::string& what) {
  return Error(ErrorKind::kInternal, "pattern_compile", "charter pattern: " + what);
}

}  // namespace

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

Result<std::uint32_t> PatternSet::add(const std::string& regex) {
  const auto known = std::find(sources_.begin(), sources_.end(), regex);
  if (known != sources_.end()) return static_cast<std::uint32_t>(known - sources_.begin());
  auto re = std::make_unique<RE2>(regex, pattern_options());
  if (!re->ok()) return internal(re->error());
  sources_.push_back(regex);
  patterns_.push_back(std::move(re));
  return static_cast<std::uint32_t>(patterns_.size() - 1);
}

Status PatternSet::compile() {
  if (patterns_.empty()) return Ok{};
  RE2::Options options = pattern_options();
  options.set_max_mem(64 << 20);
  set_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const auto& source : sources_) {
    std::string error;
    if (set_->Add(source, &error) < 0) return internal(error);
  }
  if (!set_->Compile()) return internal("the pattern set does not fit in memory");
  return Ok{};
}

std::vector<bool> PatternSet::candidates(std::string_view folded) const {
  std::vector<bool> out(patterns_.size(), false);
  if (!set_) return out;
  std::vector<int> matched;
  RE2::Set::ErrorInfo info{};
  if (!set_->Match(folded, &matched, &info) && info.kind != RE2::Set::kNoError) {
    out.assign(patterns_.size(), true);
    return out;
  }
  for (const int i : matched)
    out[static_cast<std::size_t>(i)] = true;
  return out;
}

std::vector<ByteSpan> PatternSet::matches(std::uint32_t pattern, std::string_view folded) const {
  const RE2& re = *patterns_[pattern];
  std::vector<ByteSpan> out;
  std::size_t pos = 0;
  re2::StringPiece m;
  while (pos <= folded.size() && re.Match(folded, pos, folded.size(), RE2::UNANCHORED, &m, 1)) {
    const auto begin = static_cast<std::size_t>(m.data() - folded.data());
    const std::size_t end = begin + m.size();
    if (end > begin) {
      out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
      pos = end;
    } else {
      // The loader refuses patterns that match the empty string; should one
      // slip through, step over a character rather than loop.
      pos = end + 1;
      while (pos < folded.size() && (static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80)
        ++pos;
    }
  }
  return out;
}

}  // namespace pv::policy
