// portevoix: argv -> subcommand; nothing else.
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "app/app.h"
#include "app/check_command.h"
#include "app/config.h"
#include "app/logging.h"
#include "store/errors.h"
#include "util/crypto.h"

namespace {

// --config, --data, --database and --listen, on every subcommand that reads
// the configuration.
void add_config_options(CLI::App* cmd, pv::app::ConfigOverrides& o) {
  cmd->add_option("--config", o.config_file, "Configuration file (or PORTEVOIX_CONFIG)");
  cmd->add_option("--data", o.data_dir, "Data directory (overrides data_dir)");
  cmd->add_option("--database", o.database, "Database file (overrides database)");
  cmd->add_option("--listen", o.listen, "host:port to listen on (overrides listen)");
}

std::optional<pv::app::Config> config_or_complain(const pv::app::ConfigOverrides& o) {
  auto config = pv::app::load_config(o);
  if (!config) {
    std::cerr << "portevoix: " << config.error().message() << "\n";
    return std::nullopt;
  }
  pv::app::init_logging(config->log_level);
  return *config;
}

}  // namespace

int main(int argc, char** argv) {
  pv::crypto::init();
  CLI::App cli{"Porte-voix: employee advocacy for regulated firms"};
  cli.require_subcommand(1);
  pv::app::ConfigOverrides overrides;

  auto* serve = cli.add_subcommand("serve", "Serve the web application and the API");
  add_config_options(serve, overrides);
  std::optional<std::string> ready_file;
  serve->add_option("--ready-file", ready_file, "Write the bound address here once listening");

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  add_config_options(migrate, overrides);

  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Add a user (the first admin, say)");
  add_config_options(user_add, overrides);
  pv::app::UserAddArgs user_args;
  bool password_stdin = false;
  user_add->add_option("--email", user_args.email, "E-mail address")->required();
  user_add->add_option("--name", user_args.name, "Full name")->required();
  user_add->add_option("--role", user_args.roles, "Role (repeatable)")->required();
  user_add->add_option("--function", user_args.function, "Job function, e.g. advisor");
  user_add->add_option("--region", user_args.region, "Region, e.g. QC");
  user_add->add_option("--language", user_args.language, "Language tag, e.g. fr-CA");
  user_add->add_flag("--password-stdin", password_stdin, "Read the password from standard input")
      ->required();

  auto* audit = cli.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Recompute the hash chain and check it");
  add_config_options(verify, overrides);

  auto* demo = cli.add_subcommand("demo", "Prepare a demo data directory");
  std::string demo_dir, demo_listen = "127.0.0.1:8080";
  demo->add_option("--data", demo_dir, "The directory to prepare")->required();
  demo->add_option("--listen", demo_listen, "host:port the demo will serve on");

  auto* check = cli.add_subcommand("check", "Check text against a charter file (no server)");
  pv::app::CheckArgs check_args;
  check->add_option("--charter", check_args.charter_file, "The charter (JSON)")->required();
  check->add_option("--context", check_args.context, "The context, a JSON object");
  check->add_option("--jsonl", check_args.jsonl_file,
                    "Lines {\"id\", \"text\", \"context\"} to check, one verdict line each");
  check->add_option("--public-url", check_args.public_url,
                    "The server's public URL: links to its host are the platform's own");
  check->add_option("text_file", check_args.text_file, "The text (default: standard input)");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help is success; unusable arguments exit with 2, as configuration errors do.
    return cli.exit(e) == 0 ? 0 : 2;
  }

  try {
    if (*demo) return pv::app::demo(demo_dir, demo_listen);
    if (*check) return pv::app::check_command(check_args, std::cin, std::cout, std::cerr);
    auto config = config_or_complain(overrides);
    if (!config) return 2;
    if (*serve) return pv::app::serve(*config, ready_file);
    if (*migrate) return pv::app::migrate(*config);
    if (*verify) return pv::app::audit_verify(*config);
    if (*user_add) {
      if (!std::getline(std::cin, user_args.password)) {
        std::cerr << "portevoix: no password on standard input\n";
        return 2;
      }
      return pv::app::user_add(*config, user_args);
    }
  } catch (const pv::store::Error& e) {
    std::cerr << "portevoix: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "portevoix: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
