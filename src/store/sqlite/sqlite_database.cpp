#include "store/sqlite/sqlite_database.h"

#include <future>
#include <set>

#include "store/errors.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_tx.h"

namespace pv::store::sqlite {
namespace {
// The writer's thread, so that a nested write() fails loudly instead of
// deadlocking on its own queue.
thread_local const SqliteDatabase* tl_writer_of = nullptr;
}  // namespace

struct SqliteDatabase::Job {
  const std::function<void(Tx&)>* fn = nullptr;
  std::promise<void> done;
  std::exception_ptr error;
  std::vector<SqliteTx::CommitCallback> on_commit;
};

namespace {

// The commit callbacks of a batch's successful jobs, in order, keeping only
// the last of each coalesce key. Returns, per job, the callbacks it keeps.
void coalesce(std::vector<std::shared_ptr<SqliteDatabase::Job>>& batch) {
  std::set<std::string> seen;
  for (auto job = batch.rbegin(); job != batch.rend(); ++job) {
    auto& callbacks = (*job)->on_commit;
    for (auto cb = callbacks.rbegin(); cb != callbacks.rend(); ++cb) {
      if (cb->coalesce_key.empty()) continue;
      if (!seen.insert(cb->coalesce_key).second) cb->fn = nullptr;
    }
  }
}

}  // namespace

SqliteDatabase::SqliteDatabase(SqliteOptions options) : options_(std::move(options)) {
  writer_connection_ = std::make_unique<Connection>(options_.path, Connection::Mode::kReadWrite);
  writer_ = std::thread([this] { writer_loop(); });
}

SqliteDatabase::~SqliteDatabase() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_cv_.notify_all();
  writer_.join();
}

void SqliteDatabase::write(const std::function<void(Tx&)>& fn) {
  if (tl_writer_of == this) throw std::logic_error("write() called from inside a write");
  auto job = std::make_shared<Job>();
  job->fn = &fn;
  auto done = job->done.get_future();
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) throw Error(ErrorKind::kOther, "the database is closing");
    queue_.push_back(job);
  }
  queue_cv_.notify_one();
  done.get();  // rethrows the job's exception, if any
}

void SqliteDatabase::writer_loop() {
  tl_writer_of = this;
  for (;;) {
    std::vector<std::shared_ptr<Job>> batch;
    {
      std::unique_lock lock(queue_mutex_);
      queue_cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to write
      while (!queue_.empty() && static_cast<int>(batch.size()) < options_.max_batch) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    run_batch(batch);
  }
}

void SqliteDatabase::run_batch(std::vector<std::shared_ptr<Job>>& batch) {
  Connection& c = *writer_connection_;
  std::exception_ptr batch_error;
  try {
    c.exec("BEGIN IMMEDIATE");
    for (auto& job : batch) {
      c.exec("SAVEPOINT job");
      SqliteTx tx(c, true);
      try {
        (*job->fn)(tx);
        c.exec("RELEASE job");
        job->on_commit = tx.take_commit_callbacks();
      } catch (...) {
        job->error = std::current_exception();
        // Some errors (disk full, I/O) make SQLite roll back the whole
        // transaction: then the batch cannot commit.
        if (!c.in_transaction()) throw;
        c.exec("ROLLBACK TO job");
        c.exec("RELEASE job");
      }
    }
    c.exec("COMMIT");
  } catch (...) {
    batch_error = std::current_exception();
    try {
      if (c.in_transaction()) c.exec("ROLLBACK");
    } catch (...) {
      // The connection is unusable; the error already on its way says why.
    }
  }
  if (!batch_error) coalesce(batch);
  for (auto& job : batch) {
    if (batch_error) {
      job->done.set_exception(job->error ? job->error : batch_error);
      continue;
    }
    if (!job->error) {
      try {
        for (auto& cb : job->on_commit) {
          if (cb.fn) cb.fn();
        }
      } catch (...) {
        job->error = std::current_exception();
      }
    }
    if (job->error) {
      job->done.set_exception(job->error);
    } else {
      job->done.set_value();
    }
  }
}

std::unique_ptr<Connection> SqliteDatabase::acquire_reader() {
  {
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      auto c = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return c;
    }
  }
  return std::make_unique<Connection>(options_.path, Connection::Mode::kReadOnly);
}

void SqliteDatabase::release_reader(std::unique_ptr<Connection> connection) {
  std::lock_guard lock(readers_mutex_);
  idle_readers_.push_back(std::move(connection));
}

void SqliteDatabase::read(const std::function<void(Tx&)>& fn) {
  auto c = acquire_reader();
  c->exec("BEGIN");
  try {
    SqliteTx tx(*c, false);
    fn(tx);
    c->exec("COMMIT");
  } catch (...) {
    if (c->in_transaction()) c->exec("ROLLBACK");
    release_reader(std::move(c));
    throw;
  }
  release_reader(std::move(c));
}

MigrationReport SqliteDatabase::migrate() {
  // A connection of its own: each migration is a BEGIN IMMEDIATE transaction,
  // which SQLite's lock serialises with the writer's batches.
  Connection c(options_.path, Connection::Mode::kReadWrite);
  return apply_migrations(c);
}

int SqliteDatabase::schema_version() {
  auto c = acquire_reader();
  int version = read_schema_version(*c);
  release_reader(std::move(c));
  return version;
}

int SqliteDatabase::latest_schema_version() const {
  return static_cast<int>(migrations().size());
}

}  // namespace pv::store::sqlite
