// A real server with the content library's people: marketing, compliance
// (one of them in the second-level group), advisors in two groups, and a
// small charter in force. Requests use bearer tokens.
#pragma once

#include <map>

#include "integration/app_fixture.h"

namespace pv::testing {

class LibraryApiFixture : public AppFixture {
 protected:
  void SetUp() override;

  // Sends `body` as JSON (or nothing for null) with `who`'s bearer token.
  HttpResponse call(const std::string& who, const std::string& method, const std::string& target,
                    const nlohmann::json& body = nullptr);
  // A new draft by marketing; returns its JSON.
  nlohmann::json create(nlohmann::json body, const std::string& who = "marketing");
  // Created, submitted and approved by compliance; returns its id.
  std::string approved(nlohmann::json body);
  // The review id of a submitted item.
  std::string submit(const std::string& id, const std::string& who = "marketing");
  HttpResponse decide(const std::string& who, const std::string& review_id,
                      const nlohmann::json& decision);
  // The ids of the library page at `target` as `who` sees it.
  std::vector<std::string> ids(const std::string& who, const std::string& target);

  static nlohmann::json item(const std::string& title, const std::string& body);

  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> user_ids_;
  std::string toronto_, montreal_;
};

}  // namespace pv::testing
