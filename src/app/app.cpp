#include "app/app.h"

#include <fstream>
#include <iostream>

#include <spdlog/spdlog.h>

#include "analytics/analytics_service.h"
#include "analytics/click_salts.h"
#include "analytics/link_service.h"
#include "api/pipeline.h"
#include "api/routes.h"
#include "app/domain.h"
#include "app/publishing.h"
#include "app/stores.h"
#include "auth/auth_service.h"
#include "http/server.h"
#include "sharing/publisher.h"
#include "sharing/publisher_loop.h"
#include "sharing/scheduler.h"
#include "util/metrics.h"

namespace pv::app {
namespace {

http::ServerOptions server_options(const Config& c) {
  http::ServerOptions o;
  o.listen = c.listen;
  o.io_threads = c.server.io_threads;
  o.worker_threads = c.server.worker_threads;
  o.max_connections = c.server.max_connections;
  o.header_limit = c.server.header_limit_bytes;
  o.read_timeout = std::chrono::seconds(c.server.read_timeout_seconds);
  o.write_timeout = std::chrono::seconds(c.server.write_timeout_seconds);
  o.idle_timeout = std::chrono::seconds(c.server.idle_timeout_seconds);
  o.shutdown_grace = std::chrono::seconds(c.server.shutdown_grace_seconds);
  return o;
}

auth::SessionOptions session_options(const Config& c) {
  return auth::SessionOptions{std::chrono::minutes(c.session_idle_minutes),
                              std::chrono::hours(c.session_absolute_hours)};
}

auth::ThrottleOptions throttle_options(const Config& c) {
  return auth::ThrottleOptions{c.throttle_max_failures_per_email,
                               c.throttle_max_failures_per_address,
                               std::chrono::minutes(c.throttle_window_minutes),
                               std::chrono::minutes(c.throttle_lockout_minutes)};
}

// Written whole under another name, then renamed: a reader never sees half.
void write_ready_file(const std::string& path, const std::string& address) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << address << "\n";
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace

int serve(const Config& config, const std::optional<std::string>& ready_file) {
  SystemClock clock;
  Stores stores = open_stores(config, clock);
  stores.audit->sync_checkpoint(*stores.db);

  metrics::Registry registry;
  auth::AuthService auth(*stores.db, *stores.audit, clock, session_options(config),
                         throttle_options(config));
  Domain domain(config, stores, clock);
  sharing::Scheduler scheduler(*stores.db, *stores.audit, clock, domain.zone,
                               scheduler_options(config), publisher_id());
  scheduler.set_metrics(registry);
  // Published: the share may be opened for review after the fact.
  scheduler.set_published_hook([&domain](store::Tx& tx, const store::ShareRow& share) {
    store::ShareRow published = share;
    domain.shares.after_published(tx, published);
  });
  api::Services services{*stores.db,
                         *stores.audit,
                         auth,
                         domain.users,
                         domain.charter,
                         domain.media,
                         domain.content,
                         domain.library,
                         domain.reviews,
                         registry,
                         clock,
                         config.static_dir,
                         config.served_over_tls(),
                         config.server.trust_forwarded_for,
                         config.session_absolute_hours * 3600,
                         "",
                         domain.accounts,
                         config.public_url,
                         domain.links,
                         domain.analytics,
                         domain.shares};
  auto router = api::make_router();
  services.openapi_json = api::openapi_document(router).dump();
  api::ApiHandler handler(services, std::move(router), config.server.body_limit_bytes,
                          config.server.upload_limit_bytes);

  http::Server server(server_options(config), handler);
  if (auto listening = server.listen(); !listening) {
    spdlog::error("cannot listen on {}: {}", config.listen, listening.error().message());
    return 1;
  }
  // The default public URL is the listening address: with port 0, the bound one.
  if (config.public_url == "http://" + config.listen) {
    services.public_url = "http://" + server.local_address();
  }
  domain.shares.set_public_url(services.public_url);
  spdlog::info("Porte-voix serving on http://{} (data in {})", server.local_address(),
               config.data_dir.string());
  // Publishing runs on its own thread, never on a request's; it stops after
  // the server, once the publish call in flight (if any) is recorded.
  sharing::PublisherLoop publisher(scheduler,
                                   sharing::network_publisher(domain.accounts, services.public_url),
                                   std::chrono::milliseconds(config.sharing.poll_interval_ms),
                                   [&scheduler] { scheduler.update_gauges(); });
  domain.shares.set_on_scheduled([&publisher] { publisher.wake(); });
  publisher.start();
  if (ready_file) write_ready_file(*ready_file, server.local_address());
  server.run();
  publisher.stop();
  spdlog::info("Porte-voix stopped");
  return 0;
}

int migrate(const Config& config) {
  SystemClock clock;
  Stores stores = open_stores(config, clock, false);
  auto report = stores.db->migrate();
  std::cout << "schema version " << report.from_version << " -> " << report.to_version << "\n";
  return 0;
}

int audit_verify(const Config& config) {
  SystemClock clock;
  Stores stores = open_stores(config, clock, false);
  auto report = stores.audit->verify(*stores.db);
  std::cout << report.to_json().dump(2) << "\n";
  if (!report.ok) {
    std::cerr << "audit log broken at entry " << report.broken_seq << ": " << report.problem
              << "\n";
    return 1;
  }
  return 0;
}

int user_add(const Config& config, const UserAddArgs& args) {
  SystemClock clock;
  Stores stores = open_stores(config, clock);
  auth::UserService users(*stores.db, *stores.audit, clock);
  auth::NewUser in;
  in.email = args.email;
  in.name = args.name;
  in.password = args.password;
  in.roles = args.roles;
  in.function = args.function;
  in.region = args.region;
  in.language = args.language;
  auto user = users.create_user("system", in);
  if (!user) {
    std::cerr << "portevoix: " << user.error().message() << "\n";
    return 1;
  }
  std::cout << "created user " << user->id << " <" << user->email << ">\n";
  return 0;
}

}  // namespace pv::app
