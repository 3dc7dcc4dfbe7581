#include "ripgrep_words.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include <sys/wait.h>

#include "lexicon.h"

namespace pv::bench {

RipgrepWords::RipgrepWords(const std::filesystem::path& directory,
                           const std::vector<std::string>& terms,
                           const std::vector<std::string>& folded_posts)
    : posts_(directory / "posts.txt"),
      empty_(directory / "empty.txt"),
      output_(directory / "rg.out") {
  const auto lexicon = directory / "lexicon.txt";
  std::ofstream lexicon_file(lexicon, std::ios::binary);
  for (const auto& term : terms)
    lexicon_file << plain_term(term).text << '\n';
  std::ofstream posts_file(posts_, std::ios::binary);
  for (const auto& post : folded_posts)
    posts_file << post << '\n';  // folded text holds no line break
  std::ofstream empty_file(empty_, std::ios::binary);
  if (!lexicon_file.flush() || !posts_file.flush() || !empty_file.flush()) {
    throw std::runtime_error("cannot write the ripgrep files in " + directory.string());
  }
  command_ = "rg --no-config -F -i -w --count-matches -f " + lexicon.string() + " ";
}

long RipgrepWords::run(bool empty) const {
  const std::string shell = command_ + (empty ? empty_ : posts_).string() + " >" + output_.string();
  // rg exits 1 when nothing matched, which is still a run.
  const int status = std::system(shell.c_str());
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) > 1) return -1;
  std::ifstream in(output_);  // nothing at all when nothing matched
  long count = 0;
  return in >> count ? count : 0;
}

}  // namespace pv::bench
