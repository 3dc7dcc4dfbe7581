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
    : output_(directory / "rg.out") {
  const auto lexicon = directory / "lexicon.txt";
  const auto posts = directory / "posts.txt";
  std::ofstream lexicon_file(lexicon, std::ios::binary);
  for (const auto& term : terms)
    lexicon_file << plain_term(term).text << '\n';
  std::ofstream posts_file(posts, std::ios::binary);
  for (const auto& post : folded_posts)
    posts_file << post << '\n';  // folded text holds no line break
  if (!lexicon_file.flush() || !posts_file.flush()) {
    throw std::runtime_error("cannot write the ripgrep files in " + directory.string());
  }
  command_ =
      "rg --no-config -F -i -w --count-matches -f " + lexicon.string() + " " + posts.string();
}

long RipgrepWords::run() const {
  const std::string shell = command_ + " >" + output_.string();
  // rg exits 1 when nothing matched, which is still a run.
  const int status = std::system(shell.c_str());
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) > 1) return -1;
  std::ifstream in(output_);
  long count = 0;
  return in >> count ? count : 0;
}

}  // namespace pv::bench
