// The SQLite store: one database file in WAL mode.
//
// Writes go through one writer thread that batches the transactions waiting
// behind it into one SQLite transaction, a SAVEPOINT per caller (a failing
// caller rolls back alone), and answers them all after the one durable
// commit: an fsync per batch rather than per request. Reads run on a small
// pool of read-only connections, each in its own snapshot, concurrently with
// the writer (WAL).
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/database.h"

namespace pv::store::sqlite {

class Connection;

struct SqliteOptions {
  std::string path;    // the database file
  int max_batch = 64;  // write callers committed together at most
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(SqliteOptions options);
  ~SqliteDatabase() override;  // finishes the queued writes, then stops the writer

  void read(const std::function<void(Tx&)>& fn) override;
  void write(const std::function<void(Tx&)>& fn) override;
  MigrationReport migrate() override;
  int schema_version() override;
  int latest_schema_version() const override;

  struct Job;  // a caller of write(), waiting for its batch to commit

 private:
  void writer_loop();
  void run_batch(std::vector<std::shared_ptr<Job>>& batch);
  std::unique_ptr<Connection> acquire_reader();
  void release_reader(std::unique_ptr<Connection> connection);

  SqliteOptions options_;
  std::unique_ptr<Connection> writer_connection_;  // used by the writer thread only

  std::mutex queue_mutex_;
  std::condition_variable queue_cv_;
  std::deque<std::shared_ptr<Job>> queue_;
  bool stopping_ = false;
  std::thread writer_;

  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
};

}  // namespace pv::store::sqlite
