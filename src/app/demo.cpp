// `portevoix demo`: a demo data directory a newcomer can sign in to at once.
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include "app/app.h"
#include "app/demo_content.h"
#include "app/demo_networks.h"
#include "app/domain.h"
#include "app/example_charter.h"
#include "app/stores.h"
#include "util/crypto.h"

namespace pv::app {
namespace {

struct DemoUser {
  const char* email;
  const char* name;
  std::vector<std::string> roles;
  const char* function;
  const char* region;
  const char* language;
  std::vector<std::string> tags;
  std::vector<std::string> groups;  // names
};

const std::vector<DemoUser>& demo_users() {
  static const std::vector<DemoUser> kUsers = {
      {"admin@heritage.example", "Solange Ouellet", {"admin"}, "operations", "QC", "fr-CA", {}, {}},
      {"conformite@heritage.example",
       "Martin Gagnon",
       {"compliance"},
       "compliance_officer",
       "QC",
       "fr-CA",
       {},
       {}},
      {"compliance@heritage.example",
       "Grace Okafor",
       {"compliance"},
       "compliance_officer",
       "ON",
       "en-CA",
       {},
       {}},
      {"marketing@heritage.example",
       "Chloé Bergeron",
       {"marketing"},
       "marketing",
       "QC",
       "fr-CA",
       {},
       {}},
      {"amelie.tremblay@heritage.example",
       "Amélie Tremblay",
       {"advisor"},
       "advisor",
       "QC",
       "fr-CA",
       {"registered"},
       {"Montréal", "Gestion de patrimoine"}},
      {"david.chen@heritage.example",
       "David Chen",
       {"advisor"},
       "advisor",
       "ON",
       "en-CA",
       {"registered"},
       {"Toronto", "Gestion de patrimoine"}},
      {"priya.singh@heritage.example",
       "Priya Singh",
       {"advisor"},
       "insurance_rep",
       "BC",
       "en-CA",
       {"insurance"},
       {"Vancouver"}},
  };
  return kUsers;
}

const std::vector<std::pair<const char*, const char*>> kGroups = {
    {"Montréal", "Succursales de l'île de Montréal"},
    {"Toronto", "Greater Toronto Area branches"},
    {"Vancouver", "Lower Mainland branches"},
    {"Gestion de patrimoine", "Wealth management advisors"},
};

nlohmann::json demo_config(const std::filesystem::path& dir, const std::string& listen) {
  return {{"//", "Made by `portevoix demo`: a demonstration, not for real data."},
          {"listen", listen},
          {"data_dir", dir.string()},
          {"public_url", "http://" + listen},
          {"timezone", "America/Toronto"},
          {"demo", true},
          {"secrets",
           {{"audit_key", crypto::to_hex(crypto::random_bytes(32))},
            {"token_key", crypto::to_hex(crypto::random_bytes(32))}}}};
}

void write_private(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  out.close();
  ::chmod(path.c_str(), 0600);
}

}  // namespace

namespace {

// Points an existing demo directory's networks at the stand-in (it may listen
// elsewhere than last time) and connects the demo advisors on it.
int connect_on_standin(const std::filesystem::path& dir, const std::string& standin_url) {
  auto networks = standin_networks(standin_url);
  if (!networks) {
    std::cerr << "portevoix demo: " << networks.error().message() << "\n";
    return 1;
  }
  nlohmann::json file;
  {
    std::ifstream in(dir / "config.json");
    file = nlohmann::json::parse(in, nullptr, false);
  }
  if (!file.is_object() || !file.value("demo", false)) {
    std::cerr << "portevoix demo: " << (dir / "config.json").string()
              << " is not a demo configuration\n";
    return 2;
  }
  if (file["networks"] != *networks) {
    file["networks"] = *networks;
    write_private(dir / "config.json", file.dump(2) + "\n");
  }
  ConfigOverrides overrides;
  overrides.config_file = (dir / "config.json").string();
  auto config = load_config(overrides);
  if (!config) {
    std::cerr << "portevoix demo: " << config.error().message() << "\n";
    return 2;
  }
  if (auto connected = connect_demo_accounts(*config, standin_url); !connected) {
    std::cerr << "portevoix demo: " << connected.error().message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

namespace {

// A new demo directory: configuration, users, groups, charter, content.
int make_demo(const std::filesystem::path& dir, const std::string& listen) {
  std::filesystem::create_directories(dir);
  auto config_json = demo_config(dir, listen);
  auto config = config_from_json(config_json.dump(), {});
  if (!config) {
    std::cerr << "portevoix demo: " << config.error().message() << "\n";
    return 2;
  }
  SystemClock clock;
  Stores stores = open_stores(*config, clock);
  Domain domain(*config, stores, clock);
  auth::UserService& users = domain.users;

  std::map<std::string, std::string> group_ids;
  for (const auto& [name, description] : kGroups) {
    group_ids[name] = users.create_group("system", name, description).value().id;
  }
  std::map<std::string, std::string> user_ids;
  std::string credentials = "# Porte-voix demo users (e-mail, password, roles)\n";
  for (const auto& u : demo_users()) {
    auth::NewUser in;
    in.email = u.email;
    in.name = u.name;
    in.password = crypto::random_token(12);
    in.roles = u.roles;
    in.function = u.function;
    in.region = u.region;
    in.language = u.language;
    in.tags = u.tags;
    for (const auto& g : u.groups)
      in.groups.push_back(group_ids.at(g));
    user_ids[u.email] = users.create_user("system", in).value().id;
    std::string roles;
    for (const auto& r : u.roles)
      roles += (roles.empty() ? "" : ",") + r;
    credentials += std::string(u.email) + "  " + in.password + "  " + roles + "\n";
  }
  // The project's example charter, published by compliance as a firm would.
  domain.charter
      .publish(user_ids.at("conformite@heritage.example"),
               nlohmann::json::parse(example_charter_text()))
      .value();
  auto library =
      add_demo_content(domain, *stores.db, clock,
                       DemoPeople{user_ids.at("marketing@heritage.example"),
                                  user_ids.at("conformite@heritage.example"),
                                  user_ids.at("compliance@heritage.example"), group_ids});
  write_private(dir / "config.json", config_json.dump(2) + "\n");
  write_private(dir / "demo-users.txt", credentials);
  std::cout << "Demo data directory ready: " << dir.string() << "\n"
            << "Content library: " << library.approved << " approved, " << library.pending
            << " pending review, " << library.rejected << " rejected.\n\n"
            << credentials << "\n(also in " << (dir / "demo-users.txt").string() << ")\n";
  return 0;
}

}  // namespace

int demo(const std::string& data_dir, const std::string& listen,
         const std::optional<std::string>& standin_url) {
  std::filesystem::path dir = std::filesystem::absolute(data_dir);
  const bool exists = std::filesystem::exists(dir / "config.json");
  if (exists && !standin_url) {
    std::cerr << "portevoix demo: " << (dir / "config.json").string()
              << " exists; give an empty directory\n";
    return 2;
  }
  if (!exists) {
    if (int made = make_demo(dir, listen); made != 0) return made;
  }
  return standin_url ? connect_on_standin(dir, *standin_url) : 0;
}

}  // namespace pv::app
