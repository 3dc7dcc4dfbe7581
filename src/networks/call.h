// What the three connectors share: sending a request and sorting out its
// answer, and reading OAuth token responses. Pure functions over a Client;
// any thread.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "http/client.h"
#include "networks/failure.h"
#include "networks/types.h"

namespace pv::networks {

using Classifier = Failure (*)(const http::ClientResponse&, TimePoint);

// Sends `request`. A 2xx response is the value; any other status is classified
// by `classify`; no response is transport_failure(error, creates).
Outcome<http::ClientResponse> call(http::Client& client, const http::ClientRequest& request,
                                   Classifier classify, bool creates, TimePoint now);

// The body of a 2xx response as a JSON object; transient "bad_response" when it
// is not one (the network answered something no client could read).
Outcome<nlohmann::json> json_object(const http::ClientResponse& response);

// An OAuth token response: access_token (required), expires_in,
// refresh_token, refresh_token_expires_in, scope (comma- or space-separated;
// kept space-separated).
Outcome<TokenSet> token_set(const nlohmann::json& body, TimePoint now);

// Whether `scope` is among `scopes` (space-separated).
bool has_scope(const std::string& scopes, std::string_view scope);

// A field of a network's JSON object, or "" / 0 / false when absent or of
// another type (networks' answers are read, never trusted to throw).
std::string string_field(const nlohmann::json& object, const char* key);
long long integer_field(const nlohmann::json& object, const char* key);
bool bool_field(const nlohmann::json& object, const char* key);

// "Bearer <token>".
std::string bearer(const std::string& token);

}  // namespace pv::networks
