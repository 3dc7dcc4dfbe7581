// store::Error: a failure of the database itself or of a constraint, thrown by
// the store implementations. Expected conflicts that the domain wants as
// values (an e-mail already taken) are checked by the domain before writing;
// a unique violation that still escapes becomes 409 at the API edge.
#pragma once

#include <stdexcept>
#include <string>

namespace pv::store {

enum class ErrorKind {
  kUniqueViolation,  // a UNIQUE or PRIMARY KEY constraint
  kForeignKey,
  kConstraint,    // CHECK, NOT NULL
  kBusy,          // locked by another process past the busy timeout
  kCorrupt,       // not a database, or damaged
  kIo,            // disk full, I/O error
  kSchemaTooNew,  // the database was migrated by a newer Porte-voix
  kOther,
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace pv::store
