#include "networks/call.h"

#include <algorithm>
#include <sstream>

namespace pv::networks {
namespace {

Failure bad_response(const std::string& what) {
  return Failure{FailureClass::kTransient, what, "bad_response", 0, std::nullopt};
}

}  // namespace

Outcome<http::ClientResponse> call(http::Client& client, const http::ClientRequest& request,
                                   Classifier classify, bool creates, TimePoint now) {
  auto result = client.send(request);
  if (!result.ok()) return transport_failure(result.error(), creates);
  const auto& response = result.response();
  if (response.status < 200 || response.status > 299) return classify(response, now);
  return response;
}

Outcome<nlohmann::json> json_object(const http::ClientResponse& response) {
  auto doc = nlohmann::json::parse(response.body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return bad_response("the network's answer (HTTP " + std::to_string(response.status) +
                        ") is not a JSON object");
  }
  return doc;
}

Outcome<TokenSet> token_set(const nlohmann::json& body, TimePoint now) {
  TokenSet t;
  auto access = body.find("access_token");
  if (access == body.end() || !access->is_string() || access->get<std::string>().empty()) {
    return bad_response("the token response has no access_token");
  }
  t.access_token = access->get<std::string>();
  if (auto in = body.find("expires_in"); in != body.end() && in->is_number_integer()) {
    t.expires_at = now + std::chrono::seconds(in->get<long long>());
  }
  if (auto refresh = body.find("refresh_token"); refresh != body.end() && refresh->is_string()) {
    t.refresh_token = refresh->get<std::string>();
  }
  if (auto in = body.find("refresh_token_expires_in");
      in != body.end() && in->is_number_integer()) {
    t.refresh_expires_at = now + std::chrono::seconds(in->get<long long>());
  }
  if (auto scope = body.find("scope"); scope != body.end() && scope->is_string()) {
    t.scopes = scope->get<std::string>();
    std::replace(t.scopes.begin(), t.scopes.end(), ',', ' ');
  }
  return t;
}

bool has_scope(const std::string& scopes, std::string_view scope) {
  std::istringstream in(scopes);
  std::string one;
  while (in >> one) {
    if (one == scope) return true;
  }
  return false;
}

std::string string_field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

long long integer_field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return 0;
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

bool bool_field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return false;
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

std::string bearer(const std::string& token) {
  return "Bearer " + token;
}

}  // namespace pv::networks
