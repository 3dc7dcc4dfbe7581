#include "support/standin_process.h"

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "standin/apps.h"
#include "support/http_client.h"

namespace pv::testing {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string standin_binary() {
  return PORTEVOIX_STANDIN_BINARY;
}

StandinProcess::StandinProcess(std::filesystem::path work_dir) : work_dir_(std::move(work_dir)) {
  std::filesystem::create_directories(work_dir_);
  auto ready = work_dir_ / "standin.ready";
  auto log = work_dir_ / "standin.log";
  std::filesystem::remove(ready);
  std::string binary = standin_binary(), flag = "--ready-file", ready_path = ready.string();
  pid_ = fork();
  if (pid_ == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(fd, 1);
    dup2(fd, 2);
    char* argv[] = {binary.data(), flag.data(), ready_path.data(), nullptr};
    execv(argv[0], argv);
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
      throw std::runtime_error("portevoix-standin exited at start:\n" + read_file(log));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  throw std::runtime_error("portevoix-standin did not start within 30 s");
}

StandinProcess::~StandinProcess() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
}

nlohmann::json StandinProcess::networks_config() const {
  return standin::porte_voix_networks(url());
}

nlohmann::json StandinProcess::post(const std::string& path, const nlohmann::json& body) {
  HttpClient client(address_);
  auto r = client.post_json(path, body);
  if (r.status != 200) throw std::runtime_error("stand-in " + path + ": " + r.body);
  return r.json();
}

nlohmann::json StandinProcess::get(const std::string& path) {
  HttpClient client(address_);
  auto r = client.get(path);
  if (r.status != 200) throw std::runtime_error("stand-in " + path + ": " + r.body);
  return r.json();
}

void StandinProcess::fault(const std::string& network, const std::string& fault,
                           const nlohmann::json& extra) {
  nlohmann::json body = {{"network", network}, {"fault", fault}};
  body.update(extra);
  post("/_standin/faults", body);
}

void StandinProcess::expire(const std::string& network) {
  post("/_standin/expire", {{"network", network}});
}

void StandinProcess::settings(const nlohmann::json& settings) {
  post("/_standin/settings", settings);
}

void StandinProcess::member(const std::string& network, const nlohmann::json& member) {
  nlohmann::json body = member;
  body["network"] = network;
  post("/_standin/members", body);
}

nlohmann::json StandinProcess::posts(const std::string& network) {
  return get("/_standin/posts" + (network.empty() ? "" : "?network=" + network))["items"];
}

nlohmann::json StandinProcess::requests(const std::string& network) {
  return get("/_standin/requests" + (network.empty() ? "" : "?network=" + network))["items"];
}

void StandinProcess::reset() {
  post("/_standin/reset", nlohmann::json::object());
}

}  // namespace pv::testing
