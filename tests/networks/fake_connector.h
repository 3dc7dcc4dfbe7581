// A scripted Connector for the account service's tests: records what it is
// asked, answers what the test queued, counts refreshes (optionally slow, to
// overlap two refreshers).
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "networks/connector.h"

namespace pv::testing {

class FakeConnector final : public networks::Connector {
 public:
  FakeConnector(networks::Network network, bool pkce) : network_(network), pkce_(pkce) {}

  networks::Network network() const override { return network_; }
  bool uses_pkce() const override { return pkce_; }
  std::string authorize_url(const networks::AuthorizeParams& p) const override {
    std::lock_guard lock(mu_);
    authorized.push_back(p);
    return "https://network.example/authorize?state=" + p.state;
  }
  networks::Outcome<networks::Connected> exchange_code(const networks::CodeExchange& e) override {
    std::lock_guard lock(mu_);
    exchanges.push_back(e);
    return connect_result;
  }
  networks::Outcome<networks::TokenSet> refresh(const networks::TokenSet& current) override {
    {
      std::lock_guard lock(mu_);
      refreshed_from.push_back(current.refresh_token.value_or(""));
    }
    ++refreshes;
    std::this_thread::sleep_for(refresh_delay);
    std::lock_guard lock(mu_);
    return refresh_result;
  }
  networks::Outcome<networks::Published> publish(const networks::Credentials& account,
                                                 const networks::PostContent&) override {
    std::lock_guard lock(mu_);
    published_with.push_back(account.access_token);
    auto result = publish_results.front();
    publish_results.pop_front();
    return result;
  }

  // Script and records (read them once the calls are over).
  networks::Outcome<networks::Connected> connect_result =
      networks::Failure{networks::FailureClass::kRejected, "unscripted", "", 0, {}};
  networks::Outcome<networks::TokenSet> refresh_result =
      networks::Failure{networks::FailureClass::kRejected, "unscripted", "", 0, {}};
  std::deque<networks::Outcome<networks::Published>> publish_results;
  std::chrono::milliseconds refresh_delay{0};
  mutable std::vector<networks::AuthorizeParams> authorized;
  std::vector<networks::CodeExchange> exchanges;
  std::vector<std::string> refreshed_from;
  std::vector<std::string> published_with;
  std::atomic<int> refreshes{0};

 private:
  networks::Network network_;
  bool pkce_;
  mutable std::mutex mu_;
};

}  // namespace pv::testing
