#include "http/server.h"

#include <spdlog/spdlog.h>

#include "http/server_core.h"

namespace pv::http {

Server::Server(ServerOptions options, Handler& handler)
    : core_(std::make_unique<detail::ServerCore>(std::move(options), handler)) {}

Server::~Server() {
  core_->stop_workers();
  if (core_->handlers_running() > 0) {
    // Destroying the core would wait for a handler that may never return; the
    // process is exiting, so leave it (and what it holds) behind.
    spdlog::warn("http: {} handlers still running; abandoning them", core_->handlers_running());
    (void)core_.release();
  }
}

pv::Status Server::listen() {
  return core_->listen();
}
std::string Server::local_address() const {
  return core_->local_address();
}
void Server::run() {
  core_->run();
}
void Server::stop() {
  core_->stop();
}
int Server::connections() const {
  return core_->connections();
}
int Server::handlers_running() const {
  return core_->handlers_running();
}

}  // namespace pv::http
