// Configuration: one JSON file (--config, or PORTEVOIX_CONFIG), every key
// documented in deploy/config.example.json, with --listen, --data and
// --database overriding it. Only the composition root reads it; the modules
// get the plain option structs they need.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "networks/settings.h"
#include "util/result.h"

namespace pv::app {

struct ServerConfig {
  int io_threads = 1;
  int worker_threads = 8;
  int max_connections = 512;
  std::size_t header_limit_bytes = 16 * 1024;
  std::size_t body_limit_bytes = 1024 * 1024;
  std::size_t upload_limit_bytes = 25 * 1024 * 1024;
  int read_timeout_seconds = 30;
  int write_timeout_seconds = 30;
  int idle_timeout_seconds = 60;
  int shutdown_grace_seconds = 10;
  // Behind a reverse proxy: the client is the last X-Forwarded-For entry.
  bool trust_forwarded_for = false;
};

// Shares and their publication (API.md "Sharing"; sharing/scheduler.h).
struct SharingConfig {
  int daily_limit_per_account = 5;    // posts per connected account per local day; 0: none
  int min_minutes_between_posts = 5;  // between two posts of one account
  int poll_interval_ms = 1000;        // how often the publisher looks for due shares
  int publish_lease_seconds = 300;    // longer than any publish call
  int max_attempts = 5;               // transient failures before a share fails
  int retry_base_seconds = 60;
  int retry_max_seconds = 3600;
  double sample_rate = 0.02;     // allowed shares opened as `sample` reviews after publication
  int sample_min_per_month = 1;  // per advisor who published that month
};

struct MediaConfig {
  // At most server.upload_limit_bytes, the transport's limit on upload
  // routes; when not configured, that limit.
  std::size_t max_bytes = 0;
};

struct ReviewConfig {
  int sla_business_days = 1;
  std::vector<std::string> reasons;                   // default: review::default_reasons()
  std::string second_level_group;                     // a group name; empty: admins only
  std::vector<std::chrono::year_month_day> holidays;  // local dates that are not business days
};

struct Config {
  std::string listen = "127.0.0.1:8080";
  std::filesystem::path data_dir;  // required
  std::string database;            // a SQLite file; default <data_dir>/portevoix.db
  std::string public_url;          // default http://<listen>
  std::string timezone = "America/Toronto";
  std::filesystem::path static_dir;  // default: the build's static/
  bool demo = false;
  std::string audit_key;  // raw bytes (hex in the file)
  std::string token_key;  // raw bytes (hex in the file)
  std::string log_level = "info";
  ServerConfig server;
  SharingConfig sharing;
  std::string click_salt;  // raw bytes (hex in the file); empty: a salt per day
  MediaConfig media;
  ReviewConfig review;
  int session_idle_minutes = 120;
  int session_absolute_hours = 12;
  int throttle_max_failures_per_email = 5;
  int throttle_max_failures_per_address = 20;
  int throttle_window_minutes = 15;
  int throttle_lockout_minutes = 15;
  networks::NetworksSettings networks;

  std::filesystem::path audit_checkpoint_path() const;
  bool served_over_tls() const { return public_url.rfind("https://", 0) == 0; }
};

// What the command line says, overriding the file.
struct ConfigOverrides {
  std::optional<std::string> config_file;
  std::optional<std::string> listen;
  std::optional<std::string> data_dir;
  std::optional<std::string> database;
};

// Reads and checks the configuration: 422-style errors, each naming the key
// and why (`server.worker_threads: must be between 1 and 256`). Without a file,
// <data_dir>/config.json is used when it exists.
Result<Config> load_config(const ConfigOverrides& overrides);

// The same checks on a parsed document (for tests and `demo`).
Result<Config> config_from_json(const std::string& text, const ConfigOverrides& overrides);

}  // namespace pv::app
