#include "app/config.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "review/review.h"
#include "util/crypto.h"
#include "util/time_zone.h"

#ifndef PORTEVOIX_STATIC_DIR
#define PORTEVOIX_STATIC_DIR "static"
#endif

namespace pv::app {
namespace {

using nlohmann::json;

// Reads the keys of one JSON object, collecting every problem as "path: why".
class Reader {
 public:
  Reader(const json& object, std::string path, std::vector<std::string>& errors)
      : object_(object), path_(std::move(path)), errors_(errors) {}

  ~Reader() {
    for (const auto& [key, value] : object_.items()) {
      // Keys starting with "//" are comments (deploy/config.example.json uses them).
      if (!known_.contains(key) && key.rfind("//", 0) != 0) {
        errors_.push_back(name(key) + ": unknown key");
      }
    }
  }

  const json* find(const std::string& key) {
    known_.insert(key);
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  void string(const std::string& key, std::string& out) {
    if (const json* v = find(key)) {
      if (v->is_string() && !v->get_ref<const std::string&>().empty()) {
        out = v->get<std::string>();
      } else {
        errors_.push_back(name(key) + ": must be a non-empty string");
      }
    }
  }

  template <class T>
  void integer(const std::string& key, T& out, long long min, long long max) {
    if (const json* v = find(key)) {
      if (v->is_number_integer() && v->get<long long>() >= min && v->get<long long>() <= max) {
        out = static_cast<T>(v->get<long long>());
      } else {
        errors_.push_back(name(key) + ": must be an integer from " + std::to_string(min) + " to " +
                          std::to_string(max));
      }
    }
  }

  void number(const std::string& key, double& out, double min, double max) {
    if (const json* v = find(key)) {
      if (v->is_number() && v->get<double>() >= min && v->get<double>() <= max) {
        out = v->get<double>();
      } else {
        errors_.push_back(name(key) + ": must be a number from " + json(min).dump() + " to " +
                          json(max).dump());
      }
    }
  }

  void boolean(const std::string& key, bool& out) {
    if (const json* v = find(key)) {
      if (v->is_boolean()) {
        out = v->get<bool>();
      } else {
        errors_.push_back(name(key) + ": must be true or false");
      }
    }
  }

  // An array of non-empty strings.
  void string_list(const std::string& key, std::vector<std::string>& out) {
    if (const json* v = find(key)) {
      bool ok = v->is_array() && !v->empty();
      for (const auto& item : ok ? *v : json::array())
        ok = ok && item.is_string() && !item.get_ref<const std::string&>().empty();
      if (ok) {
        out = v->get<std::vector<std::string>>();
      } else {
        errors_.push_back(name(key) + ": must be a non-empty array of non-empty strings");
      }
    }
  }

  // A 32-byte key written as 64 hex digits.
  void secret(const std::string& key, std::string& out) {
    std::string hex;
    string(key, hex);
    if (hex.empty()) return;
    auto raw = crypto::from_hex(hex);
    if (!raw || raw->size() != 32) {
      errors_.push_back(name(key) + ": must be 64 hexadecimal digits (32 random bytes)");
    } else {
      out = *raw;
    }
  }

  // A nested object, read by `fn` with its own Reader.
  template <class Fn>
  void object(const std::string& key, Fn fn) {
    if (const json* v = find(key)) {
      if (!v->is_object()) {
        errors_.push_back(name(key) + ": must be an object");
        return;
      }
      Reader inner(*v, name(key), errors_);
      fn(inner);
    }
  }

  std::string name(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

 private:
  const json& object_;
  std::string path_;
  std::vector<std::string>& errors_;
  std::set<std::string> known_;
};

// "2026-12-25" -> that date.
std::optional<std::chrono::year_month_day> parse_date(const std::string& text) {
  unsigned y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3) {
    return std::nullopt;
  }
  std::chrono::year_month_day date{std::chrono::year(static_cast<int>(y)), std::chrono::month(m),
                                   std::chrono::day(d)};
  if (!date.ok()) return std::nullopt;
  return date;
}

bool is_snake_case(const std::string& code) {
  return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void read_review_keys(Reader& r, ReviewConfig& c, std::vector<std::string>& errors) {
  r.integer("sla_business_days", c.sla_business_days, 0, 30);
  r.string_list("reasons", c.reasons);
  for (const auto& reason : c.reasons) {
    if (!is_snake_case(reason)) {
      errors.push_back("review.reasons: '" + reason + "' must be a snake_case code");
    }
  }
  r.string("second_level_group", c.second_level_group);
  std::vector<std::string> holidays;
  r.string_list("holidays", holidays);
  for (const auto& text : holidays) {
    if (auto date = parse_date(text)) {
      c.holidays.push_back(*date);
    } else {
      errors.push_back("review.holidays: '" + text + "' must be a date like 2026-12-25");
    }
  }
}

bool valid_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return false;
  for (std::size_t i = colon + 1; i < listen.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(listen[i]))) return false;
  }
  return std::stoul(listen.substr(colon + 1)) <= 65535;
}

// networks.{linkedin,x,facebook} and the outbound timeouts.
void read_networks(Reader& n, networks::NetworksSettings& out) {
  int connect = static_cast<int>(out.connect_timeout.count());
  int request = static_cast<int>(out.request_timeout.count());
  n.integer("connect_timeout_seconds", connect, 1, 300);
  n.integer("request_timeout_seconds", request, 1, 600);
  out.connect_timeout = std::chrono::seconds(connect);
  out.request_timeout = std::chrono::seconds(request);
  for (auto network : policy::kAllNetworks) {
    n.object(std::string(policy::to_string(network)), [&](Reader& s) {
      auto& v = out.of(network);
      s.string("client_id", v.client_id);
      s.string("client_secret", v.client_secret);
      s.string("auth_url", v.auth_url);
      s.string("token_url", v.token_url);
      s.string("api_base", v.api_base);
      if (network != policy::Network::kX) s.string("version", v.version);
    });
  }
}

void read_file_keys(Reader& r, Config& c, std::vector<std::string>& errors) {
  std::string data_dir, static_dir;
  r.string("listen", c.listen);
  r.string("data_dir", data_dir);
  if (!data_dir.empty()) c.data_dir = data_dir;
  r.string("database", c.database);
  r.string("public_url", c.public_url);
  r.string("timezone", c.timezone);
  r.string("static_dir", static_dir);
  if (!static_dir.empty()) c.static_dir = static_dir;
  r.boolean("demo", c.demo);
  r.object("secrets", [&](Reader& s) {
    s.secret("audit_key", c.audit_key);
    s.secret("token_key", c.token_key);
  });
  r.object("log", [&](Reader& l) { l.string("level", c.log_level); });
  r.object("server", [&](Reader& s) {
    auto& v = c.server;
    s.integer("io_threads", v.io_threads, 1, 64);
    s.integer("worker_threads", v.worker_threads, 1, 256);
    s.integer("max_connections", v.max_connections, 1, 100000);
    s.integer("header_limit_bytes", v.header_limit_bytes, 1024, 1 << 20);
    s.integer("body_limit_bytes", v.body_limit_bytes, 1024, 64 << 20);
    s.integer("upload_limit_bytes", v.upload_limit_bytes, 1024, 1LL << 30);
    s.integer("read_timeout_seconds", v.read_timeout_seconds, 1, 3600);
    s.integer("write_timeout_seconds", v.write_timeout_seconds, 1, 3600);
    s.integer("idle_timeout_seconds", v.idle_timeout_seconds, 1, 3600);
    s.integer("shutdown_grace_seconds", v.shutdown_grace_seconds, 0, 600);
    s.boolean("trust_forwarded_for", v.trust_forwarded_for);
  });
  r.object("sharing", [&](Reader& s) {
    auto& v = c.sharing;
    s.integer("daily_limit_per_account", v.daily_limit_per_account, 0, 1000);
    s.integer("min_minutes_between_posts", v.min_minutes_between_posts, 0, 24 * 60);
    s.integer("poll_interval_ms", v.poll_interval_ms, 10, 60 * 1000);
    s.integer("publish_lease_seconds", v.publish_lease_seconds, 5, 24 * 3600);
    s.integer("max_attempts", v.max_attempts, 1, 100);
    s.integer("retry_base_seconds", v.retry_base_seconds, 1, 24 * 3600);
    s.integer("retry_max_seconds", v.retry_max_seconds, 1, 7 * 24 * 3600);
    s.number("sample_rate", v.sample_rate, 0, 1);
    s.integer("sample_min_per_month", v.sample_min_per_month, 0, 1000);
  });
  r.object("analytics", [&](Reader& a) { a.secret("click_salt", c.click_salt); });
  r.object("media", [&](Reader& m) { m.integer("max_bytes", c.media.max_bytes, 1024, 1LL << 30); });
  r.object("review", [&](Reader& v) { read_review_keys(v, c.review, errors); });
  r.object("sessions", [&](Reader& s) {
    s.integer("idle_timeout_minutes", c.session_idle_minutes, 1, 7 * 24 * 60);
    s.integer("absolute_timeout_hours", c.session_absolute_hours, 1, 24 * 30);
  });
  r.object("login_throttle", [&](Reader& t) {
    t.integer("max_failures_per_email", c.throttle_max_failures_per_email, 1, 1000);
    t.integer("max_failures_per_address", c.throttle_max_failures_per_address, 1, 100000);
    t.integer("window_minutes", c.throttle_window_minutes, 1, 24 * 60);
    t.integer("lockout_minutes", c.throttle_lockout_minutes, 1, 24 * 60);
  });
  r.object("networks", [&](Reader& n) { read_networks(n, c.networks); });
}

void check_values(const Config& c, std::vector<std::string>& errors) {
  if (c.data_dir.empty()) errors.push_back("data_dir: required (in the file or with --data)");
  if (!valid_listen(c.listen)) errors.push_back("listen: must be host:port");
  if (c.public_url.rfind("http://", 0) != 0 && c.public_url.rfind("https://", 0) != 0) {
    errors.push_back("public_url: must start with http:// or https://");
  }
  if (!TimeZone::load(c.timezone)) {
    errors.push_back("timezone: unknown time zone '" + c.timezone + "' (an IANA name like " +
                     "America/Toronto)");
  }
  static const std::set<std::string> kLevels = {"trace", "debug", "info", "warn", "error", "off"};
  if (!kLevels.contains(c.log_level)) {
    errors.push_back("log.level: must be one of trace, debug, info, warn, error, off");
  }
  if (c.audit_key.empty()) errors.push_back("secrets.audit_key: required");
  if (c.token_key.empty() && !c.demo) {
    errors.push_back("secrets.token_key: required (outside demo mode)");
  }
  for (auto network : policy::kAllNetworks) {
    if (auto problem = networks::settings_problem(network, c.networks.of(network))) {
      errors.push_back("networks." + std::string(policy::to_string(network)) + "." + *problem);
    }
  }
  if (c.sharing.retry_max_seconds < c.sharing.retry_base_seconds) {
    errors.push_back("sharing.retry_max_seconds: must not be below sharing.retry_base_seconds");
  }
  if (c.media.max_bytes > c.server.upload_limit_bytes) {
    errors.push_back("media.max_bytes: must not be above server.upload_limit_bytes");
  }
  if (c.server.upload_limit_bytes < c.server.body_limit_bytes) {
    errors.push_back("server.upload_limit_bytes: must not be below server.body_limit_bytes");
  }
}

Error config_error(const std::vector<std::string>& errors) {
  std::string message = "invalid configuration:";
  for (const auto& e : errors)
    message += "\n  " + e;
  return Error(ErrorKind::kInvalid, "invalid_config", message, {{"errors", errors}});
}

}  // namespace

std::filesystem::path Config::audit_checkpoint_path() const {
  return std::filesystem::path(database).replace_extension(".audit-checkpoint");
}

Result<Config> config_from_json(const std::string& text, const ConfigOverrides& overrides) {
  Config c;
  c.static_dir = PORTEVOIX_STATIC_DIR;
  std::vector<std::string> errors;
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    return config_error({std::string("not valid JSON: ") + e.what()});
  }
  if (!doc.is_object()) return config_error({"the configuration is not a JSON object"});
  {
    Reader reader(doc, "", errors);
    read_file_keys(reader, c, errors);
  }
  if (overrides.listen) c.listen = *overrides.listen;
  if (overrides.data_dir) c.data_dir = *overrides.data_dir;
  if (overrides.database) c.database = *overrides.database;
  if (c.database.empty() && !c.data_dir.empty())
    c.database = (c.data_dir / "portevoix.db").string();
  if (c.public_url.empty()) c.public_url = "http://" + c.listen;
  if (c.review.reasons.empty()) c.review.reasons = review::default_reasons();
  if (c.media.max_bytes == 0) c.media.max_bytes = c.server.upload_limit_bytes;
  check_values(c, errors);
  if (!errors.empty()) return config_error(errors);
  return c;
}

Result<Config> load_config(const ConfigOverrides& overrides) {
  std::optional<std::string> file = overrides.config_file;
  if (!file) {
    if (const char* env = std::getenv("PORTEVOIX_CONFIG"); env && *env) file = env;
  }
  if (!file && overrides.data_dir) {
    auto candidate = std::filesystem::path(*overrides.data_dir) / "config.json";
    if (std::filesystem::exists(candidate)) file = candidate.string();
  }
  if (!file) {
    return config_error(
        {"no configuration: give --config FILE, set PORTEVOIX_CONFIG, or --data "
         "DIR holding config.json"});
  }
  std::ifstream in(*file);
  if (!in) return config_error({"cannot read the configuration file " + *file});
  std::stringstream text;
  text << in.rdbuf();
  auto config = config_from_json(text.str(), overrides);
  if (!config) {
    return Error(ErrorKind::kInvalid, "invalid_config", *file + ": " + config.error().message(),
                 config.error().details());
  }
  return config;
}

}  // namespace pv::app
