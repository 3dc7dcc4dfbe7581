// The command-line reference: ripgrep with the lexicon as fixed strings,
// caseless, whole words (`rg -F -i -w -f LEXICON FILE`), over a file holding
// the pre-folded posts one per line. Prefix terms (`garanti*`) are given as
// their bare prefixes, which is all a fixed string can say (plain_term() in
// lexicon.h).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace pv::bench {

class RipgrepWords {
 public:
  // Writes the lexicon and the posts (folded texts, one per line) into
  // `directory`, which must exist.
  RipgrepWords(const std::filesystem::path& directory, const std::vector<std::string>& terms,
               const std::vector<std::string>& folded_posts);

  // Runs rg once over the posts file; returns the number of matches it
  // counted, or -1 when rg could not run.
  long run() const;

  // The command run() runs, for the report.
  const std::string& command() const { return command_; }

 private:
  std::string command_;
  std::filesystem::path output_;
};

}  // namespace pv::bench
