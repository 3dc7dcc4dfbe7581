#include "app/demo_networks.h"

#include <iostream>

#include <boost/url/parse.hpp>

#include "app/stores.h"
#include "http/beast_client.h"
#include "networks/account_service.h"
#include "networks/connectors.h"

namespace pv::app {
namespace {

Error demo_error(const std::string& what) {
  return Error(ErrorKind::kUnavailable, "standin", "the stand-in networks: " + what);
}

Result<nlohmann::json> call(http::Client& client, const std::string& method, const std::string& url,
                            const nlohmann::json& body = nullptr) {
  http::ClientRequest request;
  request.method = method;
  request.url = url;
  if (!body.is_null()) {
    request.headers.set("Content-Type", "application/json");
    request.body = body.dump();
  }
  auto result = client.send(request);
  if (!result.ok()) return demo_error(url + ": " + result.error().message);
  if (result.response().status != 200) {
    return demo_error(url + ": HTTP " + std::to_string(result.response().status));
  }
  auto json = nlohmann::json::parse(result.response().body, nullptr, false);
  if (json.is_discarded()) return demo_error(url + ": not JSON");
  return json;
}

std::string query_value(const std::string& url, const std::string& key) {
  auto parsed = boost::urls::parse_uri_reference(url);
  if (!parsed) return "";
  for (auto p : parsed->params()) {
    if (p.key == key) return p.value;
  }
  return "";
}

// X usernames: letters, digits and underscores.
std::string username_of(const std::string& email) {
  std::string out;
  for (char c : email.substr(0, email.find('@'))) {
    out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return out;
}

}  // namespace

Result<nlohmann::json> standin_networks(const std::string& standin_url) {
  auto client = http::make_beast_client({});
  return call(*client, "GET", standin_url + "/_standin/networks-config");
}

Status connect_demo_accounts(const Config& config, const std::string& standin_url) {
  SystemClock clock;
  Stores stores = open_stores(config, clock);
  http::ClientOptions options;
  options.connect_timeout = config.networks.connect_timeout;
  options.request_timeout = config.networks.request_timeout;
  auto client = http::make_beast_client(options);
  auto connectors = networks::make_connectors(config.networks, *client, clock);
  networks::AccountService accounts(*stores.db, *stores.audit, clock, connectors,
                                    networks::TokenCipher(config.token_key));
  std::vector<store::UserRow> advisors;
  stores.db->read([&](store::Tx& tx) {
    for (const auto& u : tx.users().list(std::nullopt, 200)) {
      bool advisor = false;
      for (const auto& r : u.roles)
        advisor = advisor || r == "advisor";
      if (advisor && u.active) advisors.push_back(u);
    }
  });
  for (const auto& advisor : advisors) {
    for (auto network : policy::kAllNetworks) {
      const std::string name(policy::to_string(network));
      auto member = call(*client, "POST", standin_url + "/_standin/members",
                         {{"network", name},
                          {"id", "demo-" + username_of(advisor.email)},
                          {"name", advisor.name},
                          {"username", username_of(advisor.email)}});
      if (!member) return member.error();
      auto authorize = accounts.begin_connect(
          advisor.id, network, config.public_url + "/api/v1/networks/" + name + "/callback");
      if (!authorize) return authorize.error();
      auto consent = client->send({"GET", *authorize, {}, ""});
      if (!consent.ok() || consent.response().status != 302) {
        return demo_error("no consent from " + name);
      }
      const std::string callback(consent.response().headers.get("Location").value_or(""));
      networks::CallbackInput in;
      in.state = query_value(callback, "state");
      in.code = query_value(callback, "code");
      auto connected = accounts.finish_connect(network, in);
      if (!connected) return connected.error();
      if (!connected->account) {
        return demo_error(
            name + " refused: " + (connected->failure ? connected->failure->reason : "no account"));
      }
      std::cout << "connected " << advisor.email << " on " << name << " as "
                << connected->account->display_name << "\n";
    }
  }
  return Ok{};
}

}  // namespace pv::app
