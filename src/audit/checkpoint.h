// The audit checkpoint: after each commit that added audit entries, the new
// head (sequence number and hash) is appended to a file beside the database,
// each line sealed with an HMAC under the audit key. Verification compares
// the chain's end with the last line, so deleting the newest entries (which
// leaves a valid, shorter chain) is caught.
//
// Behind an interface, like every file the process writes, so that tests can
// fake it. Appends come from the store's writer thread only; last() may be
// called from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pv::audit {

struct Head {
  std::int64_t seq = 0;
  std::string hash;  // hex
  bool operator==(const Head&) const = default;
};

struct CheckpointRead {
  std::optional<Head> last;  // none when the file is empty or missing
  // Set when a line is malformed or its seal does not verify: the file was
  // edited by hand.
  std::optional<std::string> problem;
};

class Checkpoint {
 public:
  virtual ~Checkpoint() = default;
  // Appends the head durably (written and synced before returning).
  virtual void append(const Head& head) = 0;
  virtual CheckpointRead read() const = 0;
};

// The file form: one line per head, "seq hash seal\n", seal =
// hex HMAC-SHA256(key, "checkpoint\n" seq "\n" hash).
class FileCheckpoint final : public Checkpoint {
 public:
  FileCheckpoint(std::string path, std::string key);
  void append(const Head& head) override;
  CheckpointRead read() const override;

 private:
  std::string seal(const Head& head) const;
  std::string path_;
  std::string key_;
};

}  // namespace pv::audit
