#include "audit/checkpoint.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "util/crypto.h"

namespace pv::audit {

FileCheckpoint::FileCheckpoint(std::string path, std::string key)
    : path_(std::move(path)), key_(std::move(key)) {}

std::string FileCheckpoint::seal(const Head& head) const {
  return crypto::to_hex(
      crypto::hmac_sha256(key_, "checkpoint\n" + std::to_string(head.seq) + "\n" + head.hash));
}

void FileCheckpoint::append(const Head& head) {
  std::string line = std::to_string(head.seq) + " " + head.hash + " " + seal(head) + "\n";
  int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw std::runtime_error("cannot open audit checkpoint " + path_ + ": " + std::strerror(errno));
  }
  std::size_t done = 0;
  while (done < line.size()) {
    ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      throw std::runtime_error("cannot write audit checkpoint " + path_);
    }
    done += static_cast<std::size_t>(n);
  }
  bool synced = ::fdatasync(fd) == 0;
  ::close(fd);
  if (!synced) throw std::runtime_error("cannot sync audit checkpoint " + path_);
}

CheckpointRead FileCheckpoint::read() const {
  CheckpointRead out;
  std::ifstream in(path_);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::istringstream fields(line);
    Head head;
    std::string sealed, extra;
    if (!(fields >> head.seq >> head.hash >> sealed) || (fields >> extra)) {
      out.problem = "checkpoint line " + std::to_string(number) + " is malformed";
      return out;
    }
    if (!crypto::equal_constant_time(sealed, seal(head))) {
      out.problem = "checkpoint line " + std::to_string(number) + " does not carry a valid seal";
      return out;
    }
    out.last = head;
  }
  return out;
}

}  // namespace pv::audit
