// A real server sharing to the stand-in networks: the project's example
// charter in force (acknowledged by the advisors), marketing and compliance,
// a registered advisor in Ontario with accounts connectable on the stand-in,
// a Québec advisor with none, and approved library items. Requests use
// bearer tokens; the publisher polls every 50 ms.
#pragma once

#include <map>
#include <memory>

#include "integration/app_fixture.h"
#include "support/standin_process.h"

namespace pv::testing {

class SharingFixture : public AppFixture {
 protected:
  void SetUp() override { set_up(); }
  // `config` is merged over the sharing test configuration.
  void set_up(const nlohmann::json& config = nlohmann::json::object());
  // The same, in a fresh data directory, with server.trust_forwarded_for.
  void set_up_trusting_proxy();

  HttpResponse call(const std::string& who, const std::string& method, const std::string& target,
                    const nlohmann::json& body = nullptr, HeaderList headers = {});
  // Connects `who`'s account on `network` through the stand-in's consent page.
  void connect(const std::string& who, const std::string& network);
  // An approved item (marketing writes, compliance approves); `extra` is
  // merged over a default with a URL and one caption per network.
  std::string approved_item(const std::string& title, const nlohmann::json& extra = {});
  // Creates shares; returns the reply's "shares".
  nlohmann::json share(const std::string& who, const nlohmann::json& body, int status = 201);
  // Waits (5 s at most) until the share has `status`; returns it.
  nlohmann::json wait_for(const std::string& share_id, const std::string& status);
  nlohmann::json get_share(const std::string& share_id);

  std::unique_ptr<StandinProcess> standin_;
  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> user_ids_;
  int item_counter_ = 0;
};

}  // namespace pv::testing
