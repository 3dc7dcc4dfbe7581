// RAII handles on SQLite: a Connection owns its sqlite3* and caches its
// prepared statements; a Query borrows one statement for one execution and
// resets it when it goes out of scope. SQL is written as named constants in
// each repository's file and only ever bound, never spliced.
//
// A Connection is used by one thread at a time (the writer thread, or the
// reader that borrowed it from the pool).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace pv::store::sqlite {

class Connection {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  Connection(const std::string& path, Mode mode);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs SQL with no parameters and no rows (pragmas, BEGIN, DDL).
  void exec(std::string_view sql);
  // The cached prepared statement for `sql` (prepared on first use).
  sqlite3_stmt* statement(std::string_view sql);
  bool in_transaction() const;
  // Rows changed by the last INSERT, UPDATE or DELETE (a compare-and-swap's answer).
  int changes() const;
  // The rowid of the last row inserted on this connection.
  std::int64_t last_insert_id() const;
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// Throws store::Error for a SQLite result code that is an error.
void check(sqlite3* db, int rc, std::string_view what);

class Query {
 public:
  Query(Connection& connection, std::string_view sql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  // Parameters are 1-based, as in SQLite.
  Query& bind(int index, std::string_view value);
  Query& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Query& bind(int index, std::int64_t value);
  Query& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Query& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
  Query& bind(int index, double value);
  Query& bind_null(int index);
  // Bytes as a BLOB (bind() of a string binds TEXT).
  Query& bind_blob(int index, std::string_view bytes);
  template <class T>
  Query& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  // Binds every argument in order, from parameter 1.
  template <class... Args>
  Query& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, args), ...);
    return *this;
  }

  // Steps once: true when a row is available.
  bool step();
  // Steps to completion, for statements that return no rows.
  void run();

  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::string blob(int column) const;
  std::int64_t integer(int column) const;
  std::optional<std::int64_t> optional_integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  Connection& connection_;
  sqlite3_stmt* stmt_;
};

}  // namespace pv::store::sqlite
