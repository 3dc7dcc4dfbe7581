// The real `portevoix` executable, run as a child process for integration
// tests: a data directory with a fresh configuration, `serve` on an
// ephemeral port, and the other subcommands run to completion.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sys/types.h>

namespace pv::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `portevoix args...` to completion, with `input` on its standard input.
CommandResult run_portevoix(const std::vector<std::string>& args, const std::string& input = "");

// The path of the portevoix binary under test.
std::string portevoix_binary();

class ServerProcess {
 public:
  // Writes <data_dir>/config.json: fresh keys, listen on 127.0.0.1:0, and
  // `overrides` merged over it (e.g. {"server": {"body_limit_bytes": 2048}}).
  explicit ServerProcess(std::filesystem::path data_dir,
                         const nlohmann::json& overrides = nlohmann::json::object());
  ~ServerProcess();  // SIGKILL if still running

  // Starts `serve` and waits until it listens (or fails the test after 30 s).
  void start();
  // Sends `signal` and waits for the exit status (-1 when killed by a signal).
  int stop(int signal = 15);
  void kill_hard();  // SIGKILL, and reap
  bool running() const { return pid_ > 0; }

  const std::string& address() const { return address_; }  // "127.0.0.1:PORT"
  const std::filesystem::path& data_dir() const { return data_dir_; }
  std::string config_file() const { return (data_dir_ / "config.json").string(); }
  std::string database_file() const { return (data_dir_ / "portevoix.db").string(); }
  std::string log() const;  // what the server wrote to standard error

  // Runs another subcommand against this server's configuration.
  CommandResult run(std::vector<std::string> args, const std::string& input = "") const;

 private:
  std::filesystem::path data_dir_;
  pid_t pid_ = -1;
  std::string address_;
};

}  // namespace pv::testing
