#include "support/server_process.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/crypto.h"

namespace pv::testing {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<char*> argv_of(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

}  // namespace

std::string portevoix_binary() {
  return PORTEVOIX_BINARY;
}

CommandResult run_portevoix(const std::vector<std::string>& args, const std::string& input) {
  char dir_template[] = "/tmp/portevoix-run-XXXXXX";
  std::filesystem::path dir = mkdtemp(dir_template);
  auto in_path = dir / "in", out_path = dir / "out", err_path = dir / "err";
  std::ofstream(in_path) << input;
  std::vector<std::string> full = {portevoix_binary()};
  full.insert(full.end(), args.begin(), args.end());
  pid_t pid = fork();
  if (pid == 0) {
    int in = open(in_path.c_str(), O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    auto argv = argv_of(full);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out_path),
                       read_file(err_path)};
  std::filesystem::remove_all(dir);
  return result;
}

ServerProcess::ServerProcess(std::filesystem::path data_dir, const nlohmann::json& overrides)
    : data_dir_(std::move(data_dir)) {
  crypto::init();
  std::filesystem::create_directories(data_dir_);
  nlohmann::json config = {
      {"listen", "127.0.0.1:0"},
      {"data_dir", data_dir_.string()},
      {"timezone", "America/Toronto"},
      {"log", {{"level", "info"}}},
      {"secrets",
       {{"audit_key", crypto::to_hex(crypto::random_bytes(32))},
        {"token_key", crypto::to_hex(crypto::random_bytes(32))}}},
      {"server", {{"shutdown_grace_seconds", 5}}},
  };
  config.merge_patch(overrides);
  std::ofstream(data_dir_ / "config.json") << config.dump(2);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) kill_hard();
}

void ServerProcess::start() {
  auto ready = data_dir_ / "ready";
  std::filesystem::remove(ready);
  std::vector<std::string> args = {portevoix_binary(), "serve",        "--config",
                                   config_file(),      "--ready-file", ready.string()};
  auto log_path = data_dir_ / "server.log";
  pid_ = fork();
  if (pid_ == 0) {
    int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(log, 1);
    dup2(log, 2);
    auto argv = argv_of(args);
    execv(argv[0], argv.data());
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (std::filesystem::exists(ready)) {
      address_ = read_file(ready);
      while (!address_.empty() && address_.back() == '\n')
        address_.pop_back();
      return;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("portevoix serve exited at start:\n" + log());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("portevoix serve did not start within 30 s:\n" + log());
}

int ServerProcess::stop(int signal) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ServerProcess::kill_hard() {
  stop(SIGKILL);
}

std::string ServerProcess::log() const {
  return read_file(data_dir_ / "server.log");
}

CommandResult ServerProcess::run(std::vector<std::string> args, const std::string& input) const {
  args.push_back("--config");
  args.push_back(config_file());
  return run_portevoix(args, input);
}

}  // namespace pv::testing
