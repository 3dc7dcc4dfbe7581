// The stand-in network server (tests/standin, `portevoix-standin`) as a child
// process on an ephemeral loopback port, and a client for its control endpoints.
// networks_config() is the `networks` section that points Porte-voix at it.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>
#include <sys/types.h>

namespace pv::testing {

// The path of the stand-in binary under test.
std::string standin_binary();

class StandinProcess {
 public:
  // Starts it and waits until it listens (throws after 30 s).
  explicit StandinProcess(std::filesystem::path work_dir);
  ~StandinProcess();  // SIGTERM, then reaped
  StandinProcess(const StandinProcess&) = delete;
  StandinProcess& operator=(const StandinProcess&) = delete;

  const std::string& address() const { return address_; }  // "127.0.0.1:PORT"
  std::string url() const { return "http://" + address_; }

  // Porte-voix's `networks` configuration for the three networks, on this stand-in.
  nlohmann::json networks_config() const;

  // The control endpoints (tests/standin/standin.h); each fails the test on error.
  void fault(const std::string& network, const std::string& fault,
             const nlohmann::json& extra = nlohmann::json::object());
  void expire(const std::string& network);
  void settings(const nlohmann::json& settings);
  void member(const std::string& network, const nlohmann::json& member);
  nlohmann::json posts(const std::string& network = "");
  nlohmann::json requests(const std::string& network = "");
  void reset();

 private:
  nlohmann::json post(const std::string& path, const nlohmann::json& body);
  nlohmann::json get(const std::string& path);

  std::filesystem::path work_dir_;
  pid_t pid_ = -1;
  std::string address_;
};

}  // namespace pv::testing
