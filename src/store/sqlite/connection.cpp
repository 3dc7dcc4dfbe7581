#include "store/sqlite/connection.h"

#include <sqlite3.h>

#include "store/errors.h"

namespace pv::store::sqlite {
namespace {

ErrorKind kind_of(int extended) {
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return ErrorKind::kUniqueViolation;
    case SQLITE_CONSTRAINT_FOREIGNKEY: return ErrorKind::kForeignKey;
    default: break;
  }
  switch (extended & 0xff) {
    case SQLITE_CONSTRAINT: return ErrorKind::kConstraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::kBusy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorKind::kCorrupt;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN: return ErrorKind::kIo;
    default: return ErrorKind::kOther;
  }
}

}  // namespace

void check(sqlite3* db, int rc, std::string_view what) {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
  int extended = db ? sqlite3_extended_errcode(db) : rc;
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  throw Error(kind_of(extended), message);
}

Connection::Connection(const std::string& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
  flags |=
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message =
        "cannot open database " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(ErrorKind::kIo, message);
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another process (the command line) may hold the write lock for a moment.
  sqlite3_busy_timeout(db_, 10000);
  exec("PRAGMA foreign_keys = ON");
  if (mode == Mode::kReadWrite) {
    exec("PRAGMA journal_mode = WAL");
    // FULL: every commit is on disk before it returns (an acknowledged write
    // survives a crash or power loss, not only a process kill).
    exec("PRAGMA synchronous = FULL");
  }
}

Connection::~Connection() {
  for (auto& [sql, stmt] : statements_)
    sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

void Connection::exec(std::string_view sql) {
  std::string text(sql);
  check(db_, sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr), text);
}

sqlite3_stmt* Connection::statement(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it != statements_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  check(db_,
        sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr),
        sql);
  statements_.emplace(std::string(sql), stmt);
  return stmt;
}

int Connection::changes() const {
  return sqlite3_changes(db_);
}

std::int64_t Connection::last_insert_id() const {
  return sqlite3_last_insert_rowid(db_);
}

bool Connection::in_transaction() const {
  return sqlite3_get_autocommit(db_) == 0;
}

Query::Query(Connection& connection, std::string_view sql)
    : connection_(connection), stmt_(connection.statement(sql)) {}

Query::~Query() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Query& Query::bind(int index, std::string_view value) {
  check(connection_.handle(),
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT),
        "bind");
  return *this;
}

Query& Query::bind(int index, std::int64_t value) {
  check(connection_.handle(), sqlite3_bind_int64(stmt_, index, value), "bind");
  return *this;
}

Query& Query::bind(int index, double value) {
  check(connection_.handle(), sqlite3_bind_double(stmt_, index, value), "bind");
  return *this;
}

Query& Query::bind_blob(int index, std::string_view bytes) {
  // A zero-length blob, not NULL, for empty input (SQLite takes a null
  // pointer as NULL).
  static const char kEmpty = 0;
  check(connection_.handle(),
        sqlite3_bind_blob64(stmt_, index, bytes.empty() ? &kEmpty : bytes.data(), bytes.size(),
                            SQLITE_TRANSIENT),
        "bind");
  return *this;
}

Query& Query::bind_null(int index) {
  check(connection_.handle(), sqlite3_bind_null(stmt_, index), "bind");
  return *this;
}

bool Query::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  check(connection_.handle(), rc, sqlite3_sql(stmt_));
  return false;
}

void Query::run() {
  while (step()) {
  }
}

std::string Query::text(int column) const {
  auto* p = sqlite3_column_text(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
           : std::string();
}

std::string Query::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::string> Query::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::int64_t Query::integer(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Query::optional_integer(int column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

double Query::real(int column) const {
  return sqlite3_column_double(stmt_, column);
}

bool Query::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

}  // namespace pv::store::sqlite
