// The composition root: builds every module from the configuration, in
// order, and tears them down in reverse. The only code that reads Config.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/config.h"

namespace pv::app {

// `portevoix serve`: migrates, serves until SIGTERM or SIGINT, shuts down
// gracefully. Writes the bound address ("127.0.0.1:PORT") to `ready_file`
// once listening, when given. Returns the process exit status.
int serve(const Config& config, const std::optional<std::string>& ready_file);

// `portevoix migrate`: applies the pending migrations.
int migrate(const Config& config);

// `portevoix audit verify`: 0 when the chain verifies, 1 (naming the first
// broken entry) when it does not.
int audit_verify(const Config& config);

struct UserAddArgs {
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::string function;
  std::string region;
  std::string language = "en";
  std::string password;  // read from standard input by main
};
// `portevoix user add`: how the first admin is made.
int user_add(const Config& config, const UserAddArgs& args);

// `portevoix demo --data DIR`: a demo data directory (configuration with fresh
// keys, users, groups), printing the users' passwords. Refuses a directory that
// already holds a configuration, unless `standin_url` is given: with it, the
// networks are the stand-in at that URL (written into a new configuration),
// and the demo advisors' accounts are connected on it (again, each time: the
// stand-in forgets its tokens when it stops).
int demo(const std::string& data_dir, const std::string& listen,
         const std::optional<std::string>& standin_url = std::nullopt);

}  // namespace pv::app
