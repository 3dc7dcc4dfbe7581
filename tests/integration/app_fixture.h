// A real `portevoix serve` on an ephemeral port with its own data directory,
// an admin made with `portevoix user add` (as an operator would), and helpers
// to sign in and make users over HTTP.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/server_process.h"
#include "support/temp_dir.h"

namespace pv::testing {

inline const std::string kPassword = "correct horse battery";

struct SignedIn {
  std::unique_ptr<HttpClient> client;
  std::string csrf;
  std::string user_id;
  // A state-changing request with the session cookie and its CSRF token.
  HttpResponse send(const std::string& method, const std::string& target,
                    const nlohmann::json& body = nullptr);
};

class AppFixture : public ::testing::Test {
 protected:
  // Starts the server; `config` is merged over the default configuration.
  void start(const nlohmann::json& config = nlohmann::json::object());
  void TearDown() override;

  std::unique_ptr<HttpClient> client() const;
  // Signs in with a session (cookie and CSRF token).
  SignedIn sign_in(const std::string& email, const std::string& password = kPassword) const;
  // Creates a user through the API as the admin; returns its id.
  std::string add_user(const std::string& email, const std::vector<std::string>& roles,
                       const nlohmann::json& extra = nlohmann::json::object());
  // A bearer token for `email` (signing in once to make it).
  std::string bearer_token(const std::string& email);

  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
  std::string admin_email_ = "admin@test.example";
};

HeaderList bearer(const std::string& token);

}  // namespace pv::testing
